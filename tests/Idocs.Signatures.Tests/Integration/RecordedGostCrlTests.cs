using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Revocation;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.Tests.Revocation;

namespace Idocs.Signatures.Tests.Integration;

/// <summary>
/// The recorded NCA GOST CRLs with the library's GOST-capable verifier, at fixed times inside
/// their validity: the keys the manifest marks revoked come out revoked and the others good.
/// The revocation tests skip these cases because their stand-in verifier knows no GOST.
/// </summary>
public sealed class RecordedGostCrlTests
{
    private static readonly DateTimeOffset Gost2004CheckTime = new(2022, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Gost2022CheckTime = new(2022, 8, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("nca_gost_test.crl", "nca_gost_test.crt", "KEY_CEO_SIGN_REVOKED_2004.cer", RevocationStatus.Revoked)]
    [InlineData("nca_gost_test.crl", "nca_gost_test.crt", "ceo_valid_sign_2004_gost.cer", RevocationStatus.Good)]
    [InlineData("nca_gost2022_test.crl", "nca_gost2015_test.cer", "KEY_CEO_REVOKED_2015.cer", RevocationStatus.Revoked)]
    [InlineData("nca_gost2022_test.crl", "nca_gost2015_test.cer", "KEY_INDIVIDUAL_VALID_2015.cer", RevocationStatus.Good)]
    public async Task CheckGostCrl_RealVerifier_MatchesManifest(string crl, string issuer, string certificate, RevocationStatus expected)
    {
        var store = new CrlStore();
        store.Put(crl, RevocationTestData.Crl(crl));
        var source = new CrlRevocationSource(store, new SignatureVerifier());
        var time = crl.Contains("2022", StringComparison.Ordinal) ? Gost2022CheckTime : Gost2004CheckTime;

        var result = await source.CheckAsync(
            new RevocationRequest(RevocationTestData.Certificate(certificate), RevocationTestData.Certificate(issuer), time),
            TestContext.Current.CancellationToken);

        Assert.True(result.Status == expected, result.Reason);
    }
}
