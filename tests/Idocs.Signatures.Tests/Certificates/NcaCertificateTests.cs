using Idocs.Signatures.Certificates;
using Idocs.Signatures.Tests.Support;

namespace Idocs.Signatures.Tests.Certificates;

public sealed class NcaCertificateTests
{
    private static NcaCertificate Read(string path) =>
        NcaCertificate.From(CertificateLoader.Load(TestFiles.Read(path)).Value!);

    private static NcaCertificate FromKey(string file) => NcaCertificate.From(TestKeys.Load("kz-pki/" + file).Certificate);

    [Fact]
    public void From_LegalEntityFirstHead2022_ReadsProfile()
    {
        var certificate = Read("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");

        Assert.Equal("ТЕСТОВ ТЕСТ", certificate.CommonName);
        Assert.Equal("ТЕСТОВ", certificate.Surname);
        Assert.Equal("ТЕСТ", certificate.GivenName);
        Assert.Equal("ТЕСТОВИЧ", certificate.Patronymic);
        Assert.Equal("АО \"ТЕСТ\"", certificate.Organization);
        Assert.Equal("123456789011", certificate.Iin);
        Assert.Equal("123456789021", certificate.Bin);
        Assert.Null(certificate.Email);
        Assert.Equal("303EEBDF17969F3EDEDE9BD9828FB1355AABBE4E", certificate.SerialNumber);
        Assert.Contains("(GOST) TEST 2022", certificate.Issuer, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 5, 8, 7, 10, 15, TimeSpan.Zero), certificate.NotBefore);
        Assert.Equal(new DateTimeOffset(2027, 5, 8, 7, 10, 15, TimeSpan.Zero), certificate.NotAfter);
        Assert.Equal(NcaSubjectKind.LegalEntityEmployee, certificate.SubjectKind);
        Assert.Equal(new HashSet<NcaRole> { NcaRole.LegalEntity, NcaRole.FirstHead }, certificate.Roles);
    }

    [Fact]
    public void From_Gost2022Certificate_ServesSigningAndAuthentication()
    {
        var certificate = Read("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");

        Assert.Equal(NcaKeyPurposes.Signing | NcaKeyPurposes.Authentication, certificate.KeyPurposes);
    }

    [Fact]
    public void From_RsaSignCertificate_IsSigningOnly()
    {
        var certificate = Read("kz-pki/ncanode/certs/individual_valid_sign_2004_rsa.cer");

        Assert.Equal(NcaKeyPurposes.Signing, certificate.KeyPurposes);
        Assert.Equal(NcaSubjectKind.Individual, certificate.SubjectKind);
        Assert.Equal(new HashSet<NcaRole> { NcaRole.Individual }, certificate.Roles);
        Assert.Null(certificate.Bin);
    }

    [Fact]
    public void From_RsaAuthCertificate_IsAuthenticationOnly()
    {
        var certificate = Read("kz-pki/ncanode/certs/individual_valid_sign_2004_rsa_auth.cer");

        Assert.Equal(NcaKeyPurposes.Authentication, certificate.KeyPurposes);
    }

    [Fact]
    public void From_Gost2004FirstHeadSign_IsSigningOnly()
    {
        var certificate = Read("kz-pki/ncanode/certs/ceo_valid_sign_2004_gost.cer");

        Assert.Equal(NcaKeyPurposes.Signing, certificate.KeyPurposes);
        Assert.Contains(NcaRole.FirstHead, certificate.Roles);
        Assert.Equal(NcaSubjectKind.LegalEntityEmployee, certificate.SubjectKind);
    }

    [Theory]
    [InlineData("skarm-kalkan/p12/GOST512_0ec06df66e692b2929391857a75490754c6424b1.p12", NcaRole.RightToSign)]
    [InlineData("skarm-kalkan/p12/GOST512_4d4503d38ba20f0af98e07568cb67379d537def7.p12", NcaRole.Employee)]
    [InlineData("skarm-kalkan/p12/GOST512_10f5125fb9e52f84c42cbad8e451c68f10a5e869.p12", NcaRole.FirstHead)]
    [InlineData("skarm-kalkan/p12/GOST512_145fc4910ee07ff689aeceee0f1d09d2441d0670.p12", NcaRole.Individual)]
    public void From_KeyCertificate_HasRole(string file, NcaRole role)
    {
        var certificate = FromKey(file);

        Assert.Contains(role, certificate.Roles);
    }

    [Fact]
    public void From_InformationSystemCertificate_IsInformationSystem()
    {
        var certificate = FromKey("skarm-kalkan/p12/GOST512_25bae2ec55e0929fc77114432b71790e58066a38.p12");

        Assert.Equal(NcaSubjectKind.InformationSystem, certificate.SubjectKind);
        Assert.Null(certificate.Iin);
    }

    [Fact]
    public void From_IndividualGost2015_IsIndividualWithBothPurposes()
    {
        var certificate = FromKey("ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");

        Assert.Equal(NcaSubjectKind.Individual, certificate.SubjectKind);
        Assert.Equal(NcaKeyPurposes.Signing | NcaKeyPurposes.Authentication, certificate.KeyPurposes);
    }

    [Fact]
    public void ToSignerIdentity_CopiesIdentifiers()
    {
        var certificate = Read("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");

        var identity = certificate.ToSignerIdentity();

        Assert.Equal("123456789011", identity.Iin);
        Assert.Equal("123456789021", identity.Bin);
        Assert.Equal(certificate.SerialNumber, identity.CertificateSerial);
    }

    [Fact]
    public void IsValidAt_ChecksBothBounds()
    {
        var certificate = Read("kz-pki/skarm-kalkan/cms/legal_entity_signer.cer");

        Assert.True(certificate.IsValidAt(new DateTimeOffset(2026, 7, 20, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(certificate.IsValidAt(new DateTimeOffset(2026, 5, 8, 7, 10, 14, TimeSpan.Zero)));
        Assert.False(certificate.IsValidAt(new DateTimeOffset(2027, 5, 8, 7, 10, 16, TimeSpan.Zero)));
    }

    [Theory]
    [MemberData(nameof(Pkcs12Keys))]
    public void From_EveryKeyCertificate_HasIinOrBinAndPurpose(string file)
    {
        var certificate = NcaCertificate.From(TestKeys.Load(file).Certificate);

        Assert.True(certificate.Iin is not null || certificate.Bin is not null, "an NCA leaf names an IIN or a BIN");
        Assert.NotEqual(NcaKeyPurposes.None, certificate.KeyPurposes);
        Assert.NotEqual(NcaSubjectKind.Unknown, certificate.SubjectKind);
    }

    public static TheoryData<string> Pkcs12Keys() => TestKeys.Files();
}
