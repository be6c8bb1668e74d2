using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Idocs.Signatures.Tests.Cms;

/// <summary>Kalkan-made CAdES-T samples verified without a trust evaluator.</summary>
public sealed class CmsSignatureVerifierKalkanTests
{
    internal static CmsSignatureVerifier Verifier(ICertificateTrustEvaluator? trust = null) => new(
        new CmsVerificationOptions { Certificates = new NcaCertificateOptions { ValidateIdentifierChecksums = false } },
        new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero)),
        trust);

    internal static ValidationCheck CheckOf(ValidationReport report, string name) => report.Checks.Single(c => c.Name == name);

    public static TheoryData<string> Samples() => new() { KalkanSamples.Attached, KalkanSamples.Detached };

    private static async Task<ValidationReport> VerifySample(string sample)
    {
        var content = sample == KalkanSamples.Detached ? CmsContent.FromBytes(TestFiles.Read(KalkanSamples.Document)) : null;
        var reports = await Verifier().VerifyAsync(TestFiles.Read(sample), content, TestContext.Current.CancellationToken);
        return Assert.Single(reports);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task VerifyAsync_KalkanSample_CryptographicChecksPass(string sample)
    {
        var report = await VerifySample(sample);

        Assert.Equal(CheckStatus.Passed, CheckOf(report, ValidationCheckNames.MessageDigest).Status);
        Assert.Equal(CheckStatus.Passed, CheckOf(report, ValidationCheckNames.SignatureValue).Status);
        Assert.Equal(CheckStatus.Passed, CheckOf(report, ValidationCheckNames.SigningCertificateBinding).Status);
        Assert.Equal(CheckStatus.Passed, CheckOf(report, ValidationCheckNames.ContentType).Status);
        Assert.Equal(CheckStatus.Passed, CheckOf(report, ValidationCheckNames.Timestamp).Status);
        Assert.Equal(CheckStatus.Passed, CheckOf(report, ValidationCheckNames.KeyUsage).Status);
        Assert.Equal(CheckStatus.Passed, CheckOf(report, ValidationCheckNames.ValidityAtSigningTime).Status);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task VerifyAsync_KalkanSampleWithoutTrust_IsIndeterminateNamingChain(string sample)
    {
        var report = await VerifySample(sample);

        Assert.Equal(Indication.Indeterminate, report.Indication);
        Assert.Equal(SubIndication.NoCertificateChainFound, report.SubIndication);
        Assert.Equal(CheckStatus.Indeterminate, CheckOf(report, ValidationCheckNames.CertificateChain).Status);
        Assert.Equal(CheckStatus.Indeterminate, CheckOf(report, ValidationCheckNames.Revocation).Status);
        Assert.Contains("timestamp authority", CheckOf(report, ValidationCheckNames.CertificateChain).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task VerifyAsync_KalkanSample_UsesTimestampAsSigningTime(string sample)
    {
        var report = await VerifySample(sample);

        Assert.Equal(KalkanSamples.TimestampTime, report.BestSigningTime);
        Assert.Equal("timestamp", report.BestSigningTimeSource);
        var evidence = Assert.Single(report.Evidence);
        Assert.Equal(EvidenceKinds.TimestampToken, evidence.Kind);
        Assert.NotNull(evidence.Der);
    }

    [Fact]
    public async Task VerifyAsync_KalkanSample_ReportsSigner()
    {
        var report = await VerifySample(KalkanSamples.Attached);

        Assert.Equal("123456789011", report.Signer?.Iin);
        Assert.Equal("123456789021", report.Signer?.Bin);
        Assert.Equal("ТЕСТОВ ТЕСТ", report.Signer?.CommonName);
    }

    [Fact]
    public async Task VerifyAsync_DetachedWithStoredDigests_Passes()
    {
        var digests = FileDigests.Compute(TestFiles.Read(KalkanSamples.Document));

        var reports = await Verifier().VerifyAsync(
            TestFiles.Read(KalkanSamples.Detached), CmsContent.FromDigests(digests), TestContext.Current.CancellationToken);

        Assert.Equal(CheckStatus.Passed, CheckOf(reports[0], ValidationCheckNames.MessageDigest).Status);
    }

    [Fact]
    public async Task VerifyAsync_DetachedWithoutContent_Indeterminate()
    {
        var reports = await Verifier().VerifyAsync(TestFiles.Read(KalkanSamples.Detached), null, TestContext.Current.CancellationToken);

        var check = CheckOf(reports[0], ValidationCheckNames.MessageDigest);
        Assert.Equal(CheckStatus.Indeterminate, check.Status);
        Assert.Equal(SubIndication.SignedDataNotFound, check.SubIndication);
        Assert.NotEqual(Indication.TotalPassed, reports[0].Indication);
    }

    [Fact]
    public async Task VerifyAsync_TestIinChecked_Fails()
    {
        var verifier = new CmsSignatureVerifier(new CmsVerificationOptions(), TimeProvider.System);

        var reports = await verifier.VerifyAsync(TestFiles.Read(KalkanSamples.Attached), null, TestContext.Current.CancellationToken);

        Assert.Equal(CheckStatus.Failed, CheckOf(reports[0], ValidationCheckNames.SignerIdentity).Status);
        Assert.Equal(Indication.TotalFailed, reports[0].Indication);
    }

    [Fact]
    public async Task VerifyAsync_AuthenticationPurpose_PassesOneKey()
    {
        var verifier = new CmsSignatureVerifier(
            new CmsVerificationOptions
            {
                Certificates = new NcaCertificateOptions { ValidateIdentifierChecksums = false },
                RequiredKeyPurpose = NcaKeyPurposes.Authentication,
            },
            TimeProvider.System);

        var reports = await verifier.VerifyAsync(TestFiles.Read(KalkanSamples.Attached), null, TestContext.Current.CancellationToken);

        Assert.Equal(CheckStatus.Passed, CheckOf(reports[0], ValidationCheckNames.KeyUsage).Status);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 })]
    [InlineData(new byte[] { 0x04, 0x02, 0x01, 0x01 })]
    public async Task VerifyAsync_NotACms_IsTotalFailedFormat(byte[] input)
    {
        var reports = await Verifier().VerifyAsync(input, null, TestContext.Current.CancellationToken);

        var report = Assert.Single(reports);
        Assert.Equal(Indication.TotalFailed, report.Indication);
        Assert.Equal(SubIndication.FormatFailure, report.SubIndication);
    }
}
