using Idocs.Signatures.Reports;
using Idocs.Signatures.Revocation;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Tests.Trust;
using Idocs.Signatures.Trust;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Signatures.Tests.Revocation;

public sealed class CrlRevocationSourceTests
{
    /// <summary>Inside the RSA and GOST-2004 test CRLs' validity (2022-03-29 to 2022-09-25) and the leaf certificates'.</summary>
    private static readonly DateTimeOffset CheckTime = new(2022, 4, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Inside the GOST TEST 2022 CRL's validity (2022-07-27 to 2023-01-23).</summary>
    private static readonly DateTimeOffset Gost2022CheckTime = new(2022, 8, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("KEY_INDIVIDUAL_SIGN_REVOKED_2004.cer", "2022-01-18T04:40:24Z")]
    [InlineData("KEY_INDIVIDUAL_AUTH_REVOKED_2004.cer", "2022-01-18T04:41:12Z")]
    public async Task Check_RsaKeyMarkedRevoked_ReturnsRevokedWithDate(string certificate, string revokedAt)
    {
        var source = Source("nca_rsa_test.crl");

        var result = await source.CheckAsync(
            new RevocationRequest(RevocationTestData.Certificate(certificate), RevocationTestData.Certificate("nca_rsa_test.crt"), CheckTime),
            TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Revoked, result.Status);
        Assert.Equal(DateTimeOffset.Parse(revokedAt, System.Globalization.CultureInfo.InvariantCulture), result.RevocationTime);
        Assert.Contains(result.Evidence, e => e.Kind == EvidenceKinds.Crl);
    }

    [Theory]
    [InlineData("individual_valid_sign_2004_rsa.cer")]
    [InlineData("individual_valid_sign_2004_rsa_auth.cer")]
    [InlineData("KEY_INDIVIDUAL_VALID_SIGN_2004.cer")]
    public async Task Check_RsaKeyNotListed_ReturnsGood(string certificate)
    {
        var source = Source("nca_rsa_test.crl");

        var result = await source.CheckAsync(
            new RevocationRequest(RevocationTestData.Certificate(certificate), RevocationTestData.Certificate("nca_rsa_test.crt"), CheckTime),
            TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Good, result.Status);
    }

    [Fact]
    public async Task Check_AfterCrlNextUpdate_ReturnsUnknown()
    {
        var source = Source("nca_rsa_test.crl");

        var result = await source.CheckAsync(
            new RevocationRequest(
                RevocationTestData.Certificate("individual_valid_sign_2004_rsa.cer"),
                RevocationTestData.Certificate("nca_rsa_test.crt"),
                new DateTimeOffset(2022, 12, 1, 0, 0, 0, TimeSpan.Zero)),
            TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains("not current", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CrlWithBrokenSignature_ReturnsUnknown()
    {
        var der = RevocationTestData.Bytes("nca_rsa_test.crl");
        der[^5] ^= 0x01;
        var store = new CrlStore();
        store.Put("tampered", IndexedCrl.Parse(der, "tampered").Value!);
        var source = new CrlRevocationSource(store, new TestSignatureVerifier());

        var result = await source.CheckAsync(
            new RevocationRequest(
                RevocationTestData.Certificate("KEY_INDIVIDUAL_SIGN_REVOKED_2004.cer"),
                RevocationTestData.Certificate("nca_rsa_test.crt"),
                CheckTime),
            TestContext.Current.CancellationToken);

        Assert.Equal(RevocationStatus.Unknown, result.Status);
        Assert.Contains("no signature from a trusted CRL signer", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateChain_RevokedRsaLeaf_FailsAsRevoked()
    {
        var validator = ChainValidator(Source("nca_rsa_test.crl"));

        var result = await validator.ValidateAsync(
            RevocationTestData.Certificate("KEY_INDIVIDUAL_SIGN_REVOKED_2004.cer"),
            new PathValidationSettings { ValidationTime = CheckTime },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Indication.TotalFailed, result.Indication);
        Assert.Equal(SubIndication.Revoked, result.SubIndication);
        Assert.Equal(3, result.Chain.Count);
    }

    [Fact]
    public async Task ValidateChain_ValidRsaLeafWithoutRootCrl_IsIndeterminate()
    {
        var validator = ChainValidator(Source("nca_rsa_test.crl"));

        var result = await validator.ValidateAsync(
            RevocationTestData.Certificate("individual_valid_sign_2004_rsa.cer"),
            new PathValidationSettings { ValidationTime = CheckTime },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Indication.Indeterminate, result.Indication);
        Assert.Equal(SubIndication.TryLater, result.SubIndication);
        Assert.Equal(CheckStatus.Passed, result.Checks.Single(c => c.Name == ValidationCheckNames.CertificateChain).Status);
    }

    [Theory]
    [InlineData("nca_gost_test.crl", "nca_gost_test.crt", "KEY_CEO_SIGN_REVOKED_2004.cer", true)]
    [InlineData("nca_gost_test.crl", "nca_gost_test.crt", "ceo_valid_sign_2004_gost.cer", false)]
    [InlineData("nca_gost2022_test.crl", "nca_gost2015_test.cer", "KEY_CEO_REVOKED_2015.cer", true)]
    [InlineData("nca_gost2022_test.crl", "nca_gost2015_test.cer", "KEY_INDIVIDUAL_VALID_2015.cer", false)]
    public async Task Check_GostCrl_MarksRevokedKeysOnly(string crl, string issuer, string certificate, bool revoked)
    {
        RevocationTestData.RequireGostVerifier();
        var time = crl.Contains("2022", StringComparison.Ordinal) ? Gost2022CheckTime : CheckTime;

        var result = await Source(crl).CheckAsync(
            new RevocationRequest(RevocationTestData.Certificate(certificate), RevocationTestData.Certificate(issuer), time),
            TestContext.Current.CancellationToken);

        Assert.Equal(revoked ? RevocationStatus.Revoked : RevocationStatus.Good, result.Status);
    }

    private static CrlRevocationSource Source(string crl)
    {
        var store = new CrlStore();
        store.Put(crl, RevocationTestData.Crl(crl));
        return new CrlRevocationSource(store, new TestSignatureVerifier());
    }

    private static CertificateChainValidator ChainValidator(IRevocationSource source) => new(
        new TrustStore([RevocationTestData.Certificate("root_rsa_test.crt")], [RevocationTestData.Certificate("nca_rsa_test.crt")]),
        new TestSignatureVerifier(),
        source,
        NullLogger<CertificateChainValidator>.Instance);
}
