using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Revocation;
using Idocs.Signatures.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Signatures.Tests.Integration;

/// <summary>
/// The Kalkan-made CAdES-T samples through <c>AddIdocsSignatures</c> with the NCA GOST 2022 test
/// root as anchor. No revocation data covers their signing time here and the TSA's production
/// chain is absent, so they must come out INDETERMINATE, never TOTAL-PASSED. OCSP points at a
/// closed loopback port so that nothing leaves this machine.
/// </summary>
public sealed class KalkanSignatureValidationTests
{
    [Theory]
    [InlineData(KalkanSamples.Attached)]
    [InlineData(KalkanSamples.Detached)]
    public async Task VerifyKalkanCms_WithNcaTestRoot_ChainPassesAndReportIsIndeterminate(string sample)
    {
        await using var services = CreateServices();

        var report = await VerifyAsync(services, sample);

        Assert.Equal(Indication.Indeterminate, report.Indication);
        Assert.Equal(CheckStatus.Passed, Check(report, ValidationCheckNames.SignatureValue).Status);
        Assert.Equal(CheckStatus.Passed, Check(report, ValidationCheckNames.MessageDigest).Status);
        Assert.Equal(CheckStatus.Passed, Check(report, ValidationCheckNames.CertificateChain).Status);
        Assert.Equal(CheckStatus.Indeterminate, Check(report, ValidationCheckNames.Revocation).Status);
        Assert.Equal(SubIndication.TryLater, Check(report, ValidationCheckNames.Revocation).SubIndication);
        Assert.Equal(CheckStatus.Indeterminate, Check(report, "timestamp-" + ValidationCheckNames.CertificateChain).Status);
        Assert.Contains("trust anchor", Check(report, "timestamp-" + ValidationCheckNames.CertificateChain).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyKalkanCms_FlippedContentByte_IsTotalFailedHashFailure()
    {
        await using var services = CreateServices();
        var content = TestFiles.Read(KalkanSamples.Document);
        content[0] ^= 1;

        var reports = await services.GetRequiredService<CmsSignatureVerifier>().VerifyAsync(
            TestFiles.Read(KalkanSamples.Detached), CmsContent.FromBytes(content), TestContext.Current.CancellationToken);

        Assert.Equal(Indication.TotalFailed, reports.Single().Indication);
        Assert.Equal(SubIndication.HashFailure, reports.Single().SubIndication);
    }

    private static ServiceProvider CreateServices() => SignaturesHost.Create(
        [TestFiles.PathOf("kz-pki/skarm-kalkan/certs/root_test_gost_2022.cer")],
        [TestFiles.PathOf("kz-pki/skarm-kalkan/certs/nca_gost2022_test.cer")],
        new Dictionary<string, string?>
        {
            ["Signatures:ValidateIdentifierChecksums"] = "false",
            ["Signatures:Ocsp:ResponderUrl"] = $"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/",
            ["Signatures:Ocsp:RequestTimeout"] = "00:00:02",
        });

    private static async Task<ValidationReport> VerifyAsync(ServiceProvider services, string sample)
    {
        var content = sample == KalkanSamples.Detached ? CmsContent.FromBytes(TestFiles.Read(KalkanSamples.Document)) : null;
        var reports = await services.GetRequiredService<CmsSignatureVerifier>()
            .VerifyAsync(TestFiles.Read(sample), content, TestContext.Current.CancellationToken);
        return Assert.Single(reports);
    }

    private static ValidationCheck Check(ValidationReport report, string name) =>
        report.Checks.First(check => check.Name == name);
}
