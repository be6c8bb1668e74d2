using System.Globalization;
using Idocs.Signatures.Certificates;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Tests.Cms;

/// <summary>RSA CMS made by <see cref="CadesSigner"/> checked by OpenSSL, an independent CMS implementation.</summary>
public sealed class OpenSslCmsTests : IDisposable
{
    private const string RsaKey = "kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_SIGN_2004.p12";
    private static readonly byte[] Content = "Счёт-фактура № 42 от 1 июня 2021 года"u8.ToArray();
    private static readonly DateTimeOffset SigningTime = new(2021, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = ExternalTool.ScratchFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Pem(X509Certificate certificate) =>
        "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(certificate.GetEncoded(), Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n";

    private async Task<ExternalTool.Outcome> VerifyWithOpenSsl(byte[] cms, byte[] content)
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder, "signature.der"), cms, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "content.bin"), content, TestContext.Current.CancellationToken);
        var chain = Pem(CertificateLoader.Load(TestFiles.Read("kz-pki/gokalkan/root_rsa_test.crt")).Value!)
            + Pem(CertificateLoader.Load(TestFiles.Read("kz-pki/ncanode/ca/nca_rsa_test.crt")).Value!);
        await File.WriteAllTextAsync(Path.Combine(_folder, "chain.pem"), chain, TestContext.Current.CancellationToken);
        var attime = SigningTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        return await ExternalTool.RunAsync(
            _folder, "cms", "-verify", "-binary", "-inform", "DER", "-in", "signature.der", "-content", "content.bin",
            "-CAfile", "chain.pem", "-attime", attime, "-purpose", "any", "-out", "verified.bin");
    }

    [Fact]
    public async Task Sign_RsaDetached_OpenSslVerifies()
    {
        ExternalTool.RequireOpenSsl();
        var cms = CadesSigner.Sign(TestKeys.Load(RsaKey), Content, new CadesSignOptions { SigningTime = SigningTime });

        var outcome = await VerifyWithOpenSsl(cms, Content);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("Verification successful", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_RsaDetached_OpenSslRejectsOtherContent()
    {
        ExternalTool.RequireOpenSsl();
        var cms = CadesSigner.Sign(TestKeys.Load(RsaKey), Content, new CadesSignOptions { SigningTime = SigningTime });

        var outcome = await VerifyWithOpenSsl(cms, "Счёт-фактура № 43"u8.ToArray());

        Assert.NotEqual(0, outcome.ExitCode);
    }
}
