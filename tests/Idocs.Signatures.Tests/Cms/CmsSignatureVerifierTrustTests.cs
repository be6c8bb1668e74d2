using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Support;

namespace Idocs.Signatures.Tests.Cms;

/// <summary>How the verifier uses an <see cref="ICertificateTrustEvaluator"/> for the signer and the TSA.</summary>
public sealed class CmsSignatureVerifierTrustTests
{
    private static readonly byte[] Content = [5, 4, 3];

    private sealed class RecordingEvaluator(CheckStatus chainStatus) : ICertificateTrustEvaluator
    {
        public List<TrustEvaluationRequest> Requests { get; } = [];

        public Task<TrustEvaluation> EvaluateAsync(TrustEvaluationRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var subIndication = chainStatus == CheckStatus.Passed ? SubIndication.None : SubIndication.NoCertificateChainFound;
            ValidationCheck[] checks =
            [
                new(ValidationCheckNames.CertificateChain, chainStatus, "evaluated by the test", subIndication),
                new(ValidationCheckNames.Revocation, CheckStatus.Passed, "not revoked at the validation time"),
            ];
            return Task.FromResult(new TrustEvaluation(checks, []));
        }
    }

    private static async Task<(ValidationReport Report, RecordingEvaluator Evaluator)> SignAndVerify(CheckStatus chainStatus)
    {
        var tsa = new TestTsa();
        var key = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");
        var cms = CadesSigner.Sign(key, Content, new CadesSignOptions { SigningTime = TestTsa.GenerationTime, TimestampProvider = tsa.Stamp });
        var evaluator = new RecordingEvaluator(chainStatus);

        var reports = await CmsSignatureVerifierKalkanTests.Verifier(evaluator)
            .VerifyAsync(cms, CmsContent.FromBytes(Content), TestContext.Current.CancellationToken);
        return (reports[0], evaluator);
    }

    [Fact]
    public async Task VerifyAsync_TrustPasses_IsTotalPassed()
    {
        var (report, _) = await SignAndVerify(CheckStatus.Passed);

        Assert.Equal(Indication.TotalPassed, report.Indication);
        Assert.Contains(report.Checks, c => c.Name == "timestamp-certificate-chain");
    }

    [Fact]
    public async Task VerifyAsync_TrustIndeterminate_IsIndeterminate()
    {
        var (report, _) = await SignAndVerify(CheckStatus.Indeterminate);

        Assert.Equal(Indication.Indeterminate, report.Indication);
        Assert.Equal(SubIndication.NoCertificateChainFound, report.SubIndication);
    }

    [Fact]
    public async Task VerifyAsync_Timestamped_EvaluatesSignerAndTsa()
    {
        var (_, evaluator) = await SignAndVerify(CheckStatus.Passed);

        Assert.Equal(2, evaluator.Requests.Count);
        Assert.Equal(CertificateRole.Signer, evaluator.Requests[0].Role);
        Assert.Equal(TestTsa.GenerationTime, evaluator.Requests[0].ValidationTime);
        Assert.True(evaluator.Requests[0].ValidationTimeIsProven);
        Assert.Equal(CertificateRole.TimestampAuthority, evaluator.Requests[1].Role);
    }
}
