using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.Signatures.Tests.Cms;

public sealed class CmsMultipleSignersTests
{
    private static readonly byte[] Content = "Договор между двумя сторонами"u8.ToArray();
    private static readonly DateTimeOffset SigningTime = new(2022, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static async Task<IReadOnlyList<ValidationReport>> Verify(byte[] cms, byte[]? content) =>
        await CmsSignatureVerifierKalkanTests.Verifier()
            .VerifyAsync(cms, content is null ? null : CmsContent.FromBytes(content), TestContext.Current.CancellationToken);

    [Fact]
    public async Task AddSignature_SecondParty_BothSignersVerify()
    {
        var first = CadesSigner.Sign(TestKeys.Load("kz-pki/ncanode/keys/KEY_CEO_SIGN_REVOKED_2004.p12"), Content, new CadesSignOptions { SigningTime = SigningTime });
        var second = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");

        var both = CadesSigner.AddSignature(first, second, Content, new CadesSignOptions { SigningTime = SigningTime });
        var reports = await Verify(both.Value!, Content);

        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(r, ValidationCheckNames.SignatureValue).Status));
        Assert.All(reports, r => Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(r, ValidationCheckNames.MessageDigest).Status));
        Assert.NotEqual(reports[0].Signer?.CertificateSerial, reports[1].Signer?.CertificateSerial);
    }

    [Fact]
    public async Task AddSignature_OtherContent_SecondSignerFailsHash()
    {
        var first = CadesSigner.Sign(TestKeys.Load("kz-pki/ncanode/keys/KEY_CEO_SIGN_REVOKED_2004.p12"), Content, new CadesSignOptions { SigningTime = SigningTime });
        var second = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");

        var both = CadesSigner.AddSignature(first, second, "другой текст"u8, new CadesSignOptions { SigningTime = SigningTime });
        var reports = await Verify(both.Value!, Content);

        Assert.NotEqual(Indication.TotalFailed, reports[0].Indication);
        Assert.Equal(SubIndication.HashFailure, reports[1].SubIndication);
    }

    [Fact]
    public void AddSignature_NotACms_FailsAsMalformed()
    {
        var result = CadesSigner.AddSignature([1, 2, 3], TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12"), Content, new CadesSignOptions());

        Assert.Equal(SignatureErrorCodes.MalformedInput, result.Error?.Code);
    }

    [Fact]
    public async Task VerifyAsync_PemArmouredKalkanSample_Verifies()
    {
        var der = TestFiles.Read(KalkanSamples.Attached);
        var pem = "-----BEGIN CMS-----\n" + Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CMS-----\n";

        var reports = await Verify(System.Text.Encoding.ASCII.GetBytes(pem), null);

        Assert.Equal(CheckStatus.Passed, CmsSignatureVerifierKalkanTests.CheckOf(reports[0], ValidationCheckNames.SignatureValue).Status);
    }

    [Fact]
    public async Task VerifyAsync_SignerCertificateMissing_IsIndeterminate()
    {
        var cms = CadesSigner.Sign(TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12"), Content, new CadesSignOptions { SigningTime = SigningTime });
        var signedData = SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content);
        var withoutCertificates = new SignedData(signedData.DigestAlgorithms, signedData.EncapContentInfo, null, null, signedData.SignerInfos);
        var stripped = new ContentInfo(CmsObjectIdentifiers.SignedData, withoutCertificates).GetEncoded(Asn1Encodable.Der);

        var reports = await Verify(stripped, Content);

        Assert.Equal(Indication.Indeterminate, reports[0].Indication);
        Assert.Equal(SubIndication.NoSigningCertificateFound, reports[0].SubIndication);
    }
}
