using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Support;

namespace Idocs.Signatures.Tests.Cms;

public sealed class CadesSignerTests
{
    private static readonly byte[] Content = "Акт выполненных работ № 1"u8.ToArray();

    public static TheoryData<string> KeyFiles() => TestKeys.Files();

    /// <summary>A time inside the key's validity, so validity at signing time can pass.</summary>
    private static DateTimeOffset InsideValidity(Idocs.Signatures.Keys.SigningKey key) =>
        new DateTimeOffset(key.Certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero).AddDays(1);

    private static async Task<ValidationReport> VerifyAt(byte[] cms, byte[]? detachedContent, DateTimeOffset time)
    {
        var verifier = new CmsSignatureVerifier(
            new CmsVerificationOptions
            {
                Certificates = new() { ValidateIdentifierChecksums = false },
                AllowClaimedSigningTime = true,
            },
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(time));
        var content = detachedContent is null ? null : CmsContent.FromBytes(detachedContent);
        return (await verifier.VerifyAsync(cms, content, TestContext.Current.CancellationToken))[0];
    }

    [Theory]
    [MemberData(nameof(KeyFiles))]
    public async Task Sign_DetachedWithEachKey_VerifiesCryptographically(string file)
    {
        var key = TestKeys.Load(file);
        var signingTime = InsideValidity(key);

        var cms = CadesSigner.Sign(key, Content, new CadesSignOptions { SigningTime = signingTime });
        var report = await VerifyAt(cms, Content, signingTime);

        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.MessageDigest).Status);
        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.SignatureValue).Status);
        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.SigningCertificateBinding).Status);
        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.ContentType).Status);
        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.ValidityAtSigningTime).Status);
        Assert.NotEqual(Indication.TotalPassed, report.Indication);
    }

    [Theory]
    [InlineData("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_SIGN_2004.p12")]
    [InlineData("kz-pki/ncanode/keys/KEY_CEO_SIGN_REVOKED_2004.p12")]
    [InlineData("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12")]
    public async Task Sign_Attached_EmbedsContentAndVerifies(string file)
    {
        var key = TestKeys.Load(file);
        var signingTime = InsideValidity(key);

        var cms = CadesSigner.Sign(key, Content, new CadesSignOptions { Detached = false, SigningTime = signingTime });
        var report = await VerifyAt(cms, null, signingTime);

        Assert.True(cms.AsSpan().IndexOf(Content) > 0);
        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.MessageDigest).Status);
        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.SignatureValue).Status);
    }

    [Fact]
    public async Task Sign_Detached_OtherContentFailsWithHashFailure()
    {
        var key = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");
        var signingTime = InsideValidity(key);
        var cms = CadesSigner.Sign(key, Content, new CadesSignOptions { SigningTime = signingTime });

        var report = await VerifyAt(cms, "другой документ"u8.ToArray(), signingTime);

        Assert.Equal(Indication.TotalFailed, report.Indication);
        Assert.Equal(SubIndication.HashFailure, report.SubIndication);
    }

    [Fact]
    public async Task Sign_AuthKey_FailsKeyUsage()
    {
        var key = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_AUTH_REVOKED_2004.p12");
        var signingTime = InsideValidity(key);
        var cms = CadesSigner.Sign(key, Content, new CadesSignOptions { SigningTime = signingTime });

        var report = await VerifyAt(cms, Content, signingTime);

        Assert.Equal(CheckStatus.Failed, CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.KeyUsage).Status);
        Assert.Equal(Indication.TotalFailed, report.Indication);
    }

    [Fact]
    public async Task Sign_ClaimedTimeOutsideValidity_IsIndeterminate()
    {
        var key = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");
        var cms = CadesSigner.Sign(key, Content, new CadesSignOptions { SigningTime = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        var report = await VerifyAt(cms, Content, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var validity = CmsSignatureVerifierKalkanTests.CheckOf(report, ValidationCheckNames.ValidityAtSigningTime);
        Assert.Equal(CheckStatus.Indeterminate, validity.Status);
        Assert.Equal(SubIndication.OutOfBoundsNoPoe, validity.SubIndication);
    }
}
