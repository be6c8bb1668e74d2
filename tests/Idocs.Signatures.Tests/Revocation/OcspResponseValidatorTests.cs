using Idocs.Signatures.Revocation;
using Idocs.Signatures.Revocation.Ocsp;
using Idocs.Signatures.Tests.Trust;

namespace Idocs.Signatures.Tests.Revocation;

public sealed class OcspResponseValidatorTests
{
    private static readonly DateTimeOffset RecordedAt = new(2022, 9, 2, 17, 0, 0, TimeSpan.Zero);

    private readonly OcspResponseValidator _validator = new(new TestSignatureVerifier(), new OcspOptions());

    [Fact]
    public void Validate_RecordedRsaGoodResponse_ReturnsGood()
    {
        var der = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");

        var result = _validator.Validate(
            der,
            RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer"),
            RevocationTestData.Certificate("nca_rsa_test.crt"),
            nonce: null,
            RecordedAt);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(RevocationStatus.Good, result.Value!.Status);
        Assert.Contains("BIN123456789021", result.Value.Responder.SubjectDN.ToString(), StringComparison.Ordinal);
        Assert.Equal(der, result.Value.Der);
    }

    [Fact]
    public void Validate_TamperedResponse_FailsAsUntrusted()
    {
        var der = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");
        var serial = Convert.FromHexString("4279390A141F5353A62947B61ED65E81741467D1");
        var index = der.AsSpan().IndexOf(serial);
        Assert.True(index > 0);
        der[index + serial.Length - 1] ^= 0x01;

        var result = _validator.Validate(
            der,
            RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer"),
            RevocationTestData.Certificate("nca_rsa_test.crt"),
            nonce: null,
            RecordedAt);

        Assert.False(result.IsSuccess);
        Assert.Equal(OcspErrorCodes.UntrustedResponse, result.Error!.Code);
    }

    [Fact]
    public void Validate_ResponderNotAuthorisedByIssuer_FailsAsUntrusted()
    {
        var der = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");

        var result = _validator.Validate(
            der,
            RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer"),
            RevocationTestData.Certificate("root_rsa_test.crt"),
            nonce: null,
            RecordedAt);

        Assert.False(result.IsSuccess);
        Assert.Equal(OcspErrorCodes.UntrustedResponse, result.Error!.Code);
    }

    [Fact]
    public void Validate_OtherCertificate_FailsAsNotInResponse()
    {
        var der = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");

        var result = _validator.Validate(
            der,
            RevocationTestData.Certificate("KEY_INDIVIDUAL_SIGN_REVOKED_2004.cer"),
            RevocationTestData.Certificate("nca_rsa_test.crt"),
            nonce: null,
            RecordedAt);

        Assert.False(result.IsSuccess);
        Assert.Equal(OcspErrorCodes.CertificateNotInResponse, result.Error!.Code);
    }

    [Fact]
    public void Validate_CheckedAnHourAfterRecording_FailsAsStale()
    {
        var der = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");

        var result = _validator.Validate(
            der,
            RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer"),
            RevocationTestData.Certificate("nca_rsa_test.crt"),
            nonce: null,
            RecordedAt.AddHours(1));

        Assert.False(result.IsSuccess);
        Assert.Equal(OcspErrorCodes.Stale, result.Error!.Code);
    }

    [Fact]
    public void Validate_NonceDifferentFromRequest_FailsAsNonceMismatch()
    {
        var der = RevocationTestData.Bytes("ocsp_response_individual_sign_2004.bin");

        var result = _validator.Validate(
            der,
            RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer"),
            RevocationTestData.Certificate("nca_rsa_test.crt"),
            nonce: new byte[32],
            RecordedAt);

        Assert.False(result.IsSuccess);
        Assert.Equal(OcspErrorCodes.NonceMismatch, result.Error!.Code);
    }

    [Fact]
    public void Validate_Garbage_FailsAsMalformed()
    {
        var result = _validator.Validate(
            "not an OCSP response"u8.ToArray(),
            RevocationTestData.Certificate("KEY_INDIVIDUAL_VALID_SIGN_2004.cer"),
            RevocationTestData.Certificate("nca_rsa_test.crt"),
            nonce: null,
            RecordedAt);

        Assert.False(result.IsSuccess);
        Assert.Equal(OcspErrorCodes.Malformed, result.Error!.Code);
    }

    [Theory]
    [InlineData("ocsp_response_ceo_2015_revoked.bin", "KEY_CEO_REVOKED_2015.cer", "nca_gost2015_test.cer", "2022-07-27T10:25:30Z")]
    [InlineData("ocsp_response_individual_2015.bin", "KEY_INDIVIDUAL_VALID_2015.cer", "nca_gost2015_test.cer", "1970-01-01T00:00:00Z")]
    [InlineData("ocsp_response_ceo_sign_2004_revoked.bin", "KEY_CEO_SIGN_REVOKED_2004.cer", "nca_gost_test.crt", "2022-01-18T06:30:55Z")]
    public void Validate_RecordedGostRevokedResponse_ReturnsRevokedWithTime(
        string response, string certificate, string issuer, string revokedAt)
    {
        RevocationTestData.RequireGostVerifier();

        var result = _validator.Validate(
            RevocationTestData.Bytes(response),
            RevocationTestData.Certificate(certificate),
            RevocationTestData.Certificate(issuer),
            nonce: null,
            RecordedAt);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(RevocationStatus.Revoked, result.Value!.Status);
        Assert.Equal(DateTimeOffset.Parse(revokedAt, System.Globalization.CultureInfo.InvariantCulture), result.Value.RevocationTime);
    }
}
