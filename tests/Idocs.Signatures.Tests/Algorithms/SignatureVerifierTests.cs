using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Tests.Algorithms;

/// <summary>Verifies the signatures of the NCA test certificates with their issuers' keys.</summary>
public sealed class SignatureVerifierTests
{
    private readonly SignatureVerifier _verifier = new();

    public static TheoryData<string, string> IssuedCertificates() => new()
    {
        { "kz-pki/ncanode/certs/ceo_valid_sign_2004_gost.cer", "kz-pki/ncanode/ca/nca_gost_test.crt" },
        { "kz-pki/ncanode/ca/nca_gost_test.crt", "kz-pki/gokalkan/root_gost_test.crt" },
        { "kz-pki/gokalkan/root_gost_test.crt", "kz-pki/gokalkan/root_gost_test.crt" },
        { "kz-pki/ncanode/certs/individual_valid_sign_2004_rsa.cer", "kz-pki/ncanode/ca/nca_rsa_test.crt" },
        { "kz-pki/ncanode/certs/individual_valid_sign_2004_rsa_auth.cer", "kz-pki/ncanode/ca/nca_rsa_test.crt" },
        { "kz-pki/ncanode/ca/nca_rsa_test.crt", "kz-pki/gokalkan/root_rsa_test.crt" },
        { "kz-pki/skarm-kalkan/cms/legal_entity_signer.cer", "kz-pki/skarm-kalkan/certs/nca_gost2022_test.cer" },
        { "kz-pki/skarm-kalkan/certs/nca_gost2022_test.cer", "kz-pki/skarm-kalkan/certs/root_test_gost_2022.cer" },
        { "kz-pki/skarm-kalkan/certs/root_test_gost_2022.cer", "kz-pki/skarm-kalkan/certs/root_test_gost_2022.cer" },
    };

    internal static X509Certificate Load(string path) => CertificateLoader.Load(TestFiles.Read(path)).Value!;

    [Theory]
    [MemberData(nameof(IssuedCertificates))]
    public void Verify_CertificateSignature_Passes(string certificatePath, string issuerPath)
    {
        var certificate = Load(certificatePath);
        var issuer = Load(issuerPath);

        var result = _verifier.Verify(
            issuer.SubjectPublicKeyInfo, certificate.CertificateStructure.SignatureAlgorithm,
            certificate.GetTbsCertificate(), certificate.GetSignature());

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Theory]
    [MemberData(nameof(IssuedCertificates))]
    public void Verify_FlippedSignatureByte_Fails(string certificatePath, string issuerPath)
    {
        var certificate = Load(certificatePath);
        var signature = certificate.GetSignature();
        signature[signature.Length / 2] ^= 0x01;

        var result = _verifier.Verify(
            Load(issuerPath).SubjectPublicKeyInfo, certificate.CertificateStructure.SignatureAlgorithm,
            certificate.GetTbsCertificate(), signature);

        Assert.Equal(SignatureErrorCodes.SignatureInvalid, result.Error?.Code);
    }

    [Theory]
    [InlineData("kz-pki/ncanode/certs/ceo_valid_sign_2004_gost.cer", "kz-pki/ncanode/ca/nca_gost_test.crt")]
    [InlineData("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer", "kz-pki/skarm-kalkan/certs/nca_gost2022_test.cer")]
    public void Verify_GostSignatureInRfc4491Order_Fails(string certificatePath, string issuerPath)
    {
        var certificate = Load(certificatePath);
        var signature = certificate.GetSignature();
        Array.Reverse(signature);

        var result = _verifier.Verify(
            Load(issuerPath).SubjectPublicKeyInfo, certificate.CertificateStructure.SignatureAlgorithm,
            certificate.GetTbsCertificate(), signature);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Verify_GostSignatureWithRsaKey_FailsWithKeyMismatch()
    {
        var certificate = Load("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");

        var result = _verifier.Verify(
            Load("kz-pki/ncanode/ca/nca_rsa_test.crt").SubjectPublicKeyInfo,
            certificate.CertificateStructure.SignatureAlgorithm,
            certificate.GetTbsCertificate(), certificate.GetSignature());

        Assert.Equal(SignatureErrorCodes.KeyAlgorithmMismatch, result.Error?.Code);
    }

    [Fact]
    public void Verify_Gost2015SignatureWith2004Key_FailsWithKeyMismatch()
    {
        var certificate = Load("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");

        var result = _verifier.Verify(
            Load("kz-pki/ncanode/ca/nca_gost_test.crt").SubjectPublicKeyInfo,
            certificate.CertificateStructure.SignatureAlgorithm,
            certificate.GetTbsCertificate(), certificate.GetSignature());

        Assert.Equal(SignatureErrorCodes.KeyAlgorithmMismatch, result.Error?.Code);
    }

    [Fact]
    public void Verify_PublicKeyOidAsSignatureOid_IsAccepted()
    {
        var certificate = Load("kz-pki/ncanode/certs/ceo_valid_sign_2004_gost.cer");
        var publicKeyOid = new AlgorithmIdentifier(new DerObjectIdentifier(SignatureOids.KazakhGost2004PublicKey));

        var result = _verifier.Verify(
            Load("kz-pki/ncanode/ca/nca_gost_test.crt").SubjectPublicKeyInfo, publicKeyOid,
            certificate.GetTbsCertificate(), certificate.GetSignature());

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public void Verify_UnknownAlgorithm_FailsAsUnsupported()
    {
        var certificate = Load("kz-pki/ncanode/certs/individual_valid_sign_2004_rsa.cer");
        var md5WithRsa = new AlgorithmIdentifier(new DerObjectIdentifier("1.2.840.113549.1.1.4"));

        var result = _verifier.Verify(
            Load("kz-pki/ncanode/ca/nca_rsa_test.crt").SubjectPublicKeyInfo, md5WithRsa,
            certificate.GetTbsCertificate(), certificate.GetSignature());

        Assert.Equal(SignatureErrorCodes.UnsupportedAlgorithm, result.Error?.Code);
    }

    [Fact]
    public void Verify_GostPointOffCurve_FailsAsMalformed()
    {
        var certificate = Load("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");
        var issuerKey = Load("kz-pki/skarm-kalkan/certs/nca_gost2022_test.cer").SubjectPublicKeyInfo;
        var point = Asn1OctetString.GetInstance(issuerKey.ParsePublicKey()).GetOctets();
        point[5] ^= 0x01;
        var broken = new SubjectPublicKeyInfo(issuerKey.Algorithm, new DerOctetString(point));

        var result = _verifier.Verify(
            broken, certificate.CertificateStructure.SignatureAlgorithm,
            certificate.GetTbsCertificate(), certificate.GetSignature());

        Assert.Equal(SignatureErrorCodes.MalformedInput, result.Error?.Code);
    }
}
