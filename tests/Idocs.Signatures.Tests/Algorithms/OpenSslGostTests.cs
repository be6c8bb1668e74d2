using System.Text;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Tests.Algorithms;

/// <summary>
/// GOST R 34.10-2012 on TC26-512-paramSetA in the RFC 4491 layout, checked both ways against
/// OpenSSL's gost engine, an implementation independent of BouncyCastle.
/// </summary>
public sealed class OpenSslGostTests : IDisposable
{
    private static readonly byte[] Data = Encoding.UTF8.GetBytes("Договор поставки № 7, подписан ГОСТ Р 34.10-2012");
    private static readonly AlgorithmIdentifier Signature512 = new(new DerObjectIdentifier(SignatureOids.RussianGost2012Signature512));

    private readonly string _folder = ExternalTool.ScratchFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static SubjectPublicKeyInfo PublicKeyFromPem(string pem)
    {
        var body = string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)).Select(l => l.Trim()));
        return SubjectPublicKeyInfo.GetInstance(Convert.FromBase64String(body));
    }

    private static AsymmetricCipherKeyPairParameters GenerateKeyPair()
    {
        var domain = GostCurves.Find(SignatureOids.RussianTc26Curve512A)!;
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(domain, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        return new AsymmetricCipherKeyPairParameters((ECPrivateKeyParameters)pair.Private, (ECPublicKeyParameters)pair.Public);
    }

    private sealed record AsymmetricCipherKeyPairParameters(ECPrivateKeyParameters Private, ECPublicKeyParameters Public);

    [Fact]
    public async Task Sign_OurSignature_VerifiesWithGostEngine()
    {
        await ExternalTool.RequireGostEngineAsync();
        var keys = GenerateKeyPair();
        var publicKey = GostPublicKeys.Encode(
            keys.Public, SignatureOids.RussianGost2012PublicKey512, SignatureOids.RussianTc26Curve512A, "1.2.643.7.1.1.2.3");
        var pem = "-----BEGIN PUBLIC KEY-----\n" + Convert.ToBase64String(publicKey.GetDerEncoded(), Base64FormattingOptions.InsertLineBreaks) + "\n-----END PUBLIC KEY-----\n";
        await File.WriteAllTextAsync(PathOf("public.pem"), pem, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(PathOf("data.bin"), Data, TestContext.Current.CancellationToken);
        var signature = GostSignatures.Sign(keys.Private, SignatureSchemes.RussianGost2012Bits512, Data);
        await File.WriteAllBytesAsync(PathOf("signature.bin"), signature, TestContext.Current.CancellationToken);

        var outcome = await ExternalTool.RunAsync(
            _folder, "dgst", "-engine", "gost", "-md_gost12_512", "-verify", "public.pem", "-signature", "signature.bin", "data.bin");

        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        Assert.Contains("Verified OK", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_GostEngineSignature_Passes()
    {
        var (publicKey, signature) = await SignWithGostEngine();

        var result = new SignatureVerifier().Verify(publicKey, Signature512, Data, signature);

        Assert.True(result.IsSuccess, result.Error?.ToString());
    }

    [Fact]
    public async Task Verify_GostEngineSignatureOverOtherData_Fails()
    {
        var (publicKey, signature) = await SignWithGostEngine();

        var result = new SignatureVerifier().Verify(publicKey, Signature512, Encoding.UTF8.GetBytes("другие данные"), signature);

        Assert.Equal(SignatureErrorCodes.SignatureInvalid, result.Error?.Code);
    }

    private async Task<(SubjectPublicKeyInfo PublicKey, byte[] Signature)> SignWithGostEngine()
    {
        await ExternalTool.RequireGostEngineAsync();
        await File.WriteAllBytesAsync(PathOf("data.bin"), Data, TestContext.Current.CancellationToken);
        await Run("genpkey", "-engine", "gost", "-algorithm", "gost2012_512", "-pkeyopt", "paramset:A", "-out", "private.pem");
        await Run("pkey", "-engine", "gost", "-in", "private.pem", "-pubout", "-out", "public.pem");
        await Run("dgst", "-engine", "gost", "-md_gost12_512", "-sign", "private.pem", "-out", "signature.bin", "data.bin");
        var publicKey = PublicKeyFromPem(await File.ReadAllTextAsync(PathOf("public.pem"), TestContext.Current.CancellationToken));
        return (publicKey, await File.ReadAllBytesAsync(PathOf("signature.bin"), TestContext.Current.CancellationToken));
    }

    private async Task Run(params string[] arguments)
    {
        var outcome = await ExternalTool.RunAsync(_folder, arguments);
        Assert.True(outcome.ExitCode == 0, $"openssl {string.Join(' ', arguments)} failed: {outcome.Error}");
    }
}
