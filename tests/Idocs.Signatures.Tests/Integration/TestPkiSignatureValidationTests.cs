using Idocs.Signatures.Cms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Signing;
using Idocs.Signatures.TestPki;
using Idocs.Signatures.Tests.TestPki;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Signatures.Tests.Integration;

/// <summary>
/// CAdES-T signatures made with keys the test PKI issued, timestamped by its TSA and checked
/// through <c>AddIdocsSignatures</c> against its OCSP responder, all on loopback.
/// </summary>
[Collection(SharedTestPki.Name)]
public sealed class TestPkiSignatureValidationTests(TestPkiFixture fixture)
{
    private const string Password = "Qwerty12";

    private static readonly byte[] Content = "Договор поставки № 7"u8.ToArray();

    [Theory]
    [InlineData(TestPkiAlgorithm.Rsa)]
    [InlineData(TestPkiAlgorithm.Gost2015)]
    public async Task VerifyCadesT_FreshTestPkiKey_IsTotalPassed(TestPkiAlgorithm algorithm)
    {
        var key = Issue(algorithm, "900101300017");
        var cms = Sign(key);
        await using var services = await SignaturesHost.ForTestPkiAsync(fixture.Issuer.Store);

        var report = await VerifyAsync(services, cms);

        Assert.True(report.Indication == Indication.TotalPassed, Describe(report));
        Assert.Equal(CheckStatus.Passed, Check(report, ValidationCheckNames.CertificateChain).Status);
        Assert.Equal(CheckStatus.Passed, Check(report, ValidationCheckNames.Revocation).Status);
        Assert.Equal(CheckStatus.Passed, Check(report, ValidationCheckNames.Timestamp).Status);
        Assert.Contains(report.Evidence, e => e.Kind == EvidenceKinds.OcspResponse);
    }

    [Fact]
    public async Task VerifyCadesT_RevokedAfterTimestamp_OnlyLaterSignatureRevoked()
    {
        var key = Issue(TestPkiAlgorithm.Rsa, "010203600014");
        var before = Sign(key);
        await Task.Delay(TimeSpan.FromMilliseconds(1100), TestContext.Current.CancellationToken);
        var revoked = fixture.Issuer.Revoke(key.Certificate.SerialNumber, reason: 1, revokedAt: DateTimeOffset.UtcNow);
        var after = Sign(key);
        await using var services = await SignaturesHost.ForTestPkiAsync(fixture.Issuer.Store);

        var beforeReport = await VerifyAsync(services, before);
        var afterReport = await VerifyAsync(services, after);

        Assert.True(revoked.IsSuccess, revoked.Error?.ToString());
        Assert.True(beforeReport.Indication == Indication.TotalPassed, Describe(beforeReport));
        Assert.Equal(Indication.TotalFailed, afterReport.Indication);
        Assert.Equal(SubIndication.Revoked, afterReport.SubIndication);
    }

    [Fact]
    public async Task VerifyCadesT_TamperedContent_HashFailure()
    {
        var key = Issue(TestPkiAlgorithm.Rsa, "900101300017");
        var cms = Sign(key);
        await using var services = await SignaturesHost.ForTestPkiAsync(fixture.Issuer.Store);
        var tampered = Content.ToArray();
        tampered[0] ^= 1;

        var reports = await services.GetRequiredService<CmsSignatureVerifier>()
            .VerifyAsync(cms, CmsContent.FromBytes(tampered), TestContext.Current.CancellationToken);

        Assert.Equal(Indication.TotalFailed, reports.Single().Indication);
        Assert.Equal(SubIndication.HashFailure, reports.Single().SubIndication);
    }

    [Fact]
    public async Task VerifyCadesT_NoTrustAnchor_Indeterminate()
    {
        var key = Issue(TestPkiAlgorithm.Rsa, "900101300017");
        var cms = Sign(key);
        await using var services = SignaturesHost.Create([], []);

        var report = await VerifyAsync(services, cms);

        Assert.Equal(Indication.Indeterminate, report.Indication);
        Assert.Contains("TrustAnchorFiles", Check(report, ValidationCheckNames.CertificateChain).Reason, StringComparison.Ordinal);
    }

    private SigningKey Issue(TestPkiAlgorithm algorithm, string iin)
    {
        var issued = fixture.Issuer.Issue(new TestPkiIssueRequest
        {
            Subject = TestPkiFixture.Individual(iin),
            Algorithm = algorithm,
            Password = Password,
        });
        Assert.True(issued.IsSuccess, issued.Error?.ToString());
        var key = Pkcs12Reader.Read(issued.Value!.Pkcs12, Password);
        Assert.True(key.IsSuccess, key.Error?.ToString());
        return key.Value!;
    }

    private byte[] Sign(SigningKey key)
    {
        var tsa = new HttpTimestampClient(new HttpClient(), new Uri(fixture.Server.BaseUrl, "tsp/"));
        return CadesSigner.Sign(key, Content, new CadesSignOptions
        {
            TimestampProvider = signature =>
            {
                var token = tsa.RequestToken(signature);
                Assert.True(token.IsSuccess, token.Error?.ToString());
                return token.Value!;
            },
        });
    }

    private static async Task<ValidationReport> VerifyAsync(ServiceProvider services, byte[] cms)
    {
        var reports = await services.GetRequiredService<CmsSignatureVerifier>()
            .VerifyAsync(cms, CmsContent.FromBytes(Content), TestContext.Current.CancellationToken);
        return Assert.Single(reports);
    }

    private static string Describe(ValidationReport report) =>
        string.Join("; ", report.Checks.Where(c => c.Status != CheckStatus.Passed).Select(c => $"{c.Name}={c.Status}/{c.SubIndication}: {c.Reason}"));

    private static ValidationCheck Check(ValidationReport report, string name) =>
        report.Checks.First(check => check.Name == name);
}
