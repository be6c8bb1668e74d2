using Idocs.Signatures.Keys;
using Idocs.Signatures.Tests.Support;
using Org.BouncyCastle.Crypto.Parameters;

namespace Idocs.Signatures.Tests.Keys;

public sealed class Pkcs12WriterTests : IDisposable
{
    private readonly string _folder = ExternalTool.ScratchFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_SIGN_2004.p12")]
    [InlineData("kz-pki/ncanode/keys/KEY_CEO_SIGN_REVOKED_2004.p12")]
    [InlineData("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12")]
    public void Write_ThenRead_ReturnsSameKeyAndCertificate(string file)
    {
        var original = TestKeys.Load(file);

        var written = Pkcs12Writer.Write(original, "Секрет-123");
        var read = Pkcs12Reader.Read(written, "Секрет-123");

        Assert.True(read.IsSuccess, read.Error?.ToString());
        Assert.Equal(original.Certificate.GetEncoded(), read.Value.Certificate.GetEncoded());
        Assert.Equal(PrivateScalar(original), PrivateScalar(read.Value));
    }

    [Fact]
    public void Write_ThenReadWithOtherPassword_FailsWithWrongPassword()
    {
        var written = Pkcs12Writer.Write(TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12"), "one");

        var read = Pkcs12Reader.Read(written, "two");

        Assert.Equal(KeyErrorCodes.WrongPassword, read.Error?.Code);
    }

    [Fact]
    public async Task Write_RsaKey_OpenSslReadsIt()
    {
        ExternalTool.RequireOpenSsl();
        var written = Pkcs12Writer.Write(TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_SIGN_2004.p12"), "Qwerty12");
        await File.WriteAllBytesAsync(Path.Combine(_folder, "key.p12"), written, TestContext.Current.CancellationToken);

        var outcome = await ExternalTool.RunAsync(
            _folder, "pkcs12", "-legacy", "-in", "key.p12", "-passin", "pass:Qwerty12", "-nodes", "-out", "key.pem");

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var pem = await File.ReadAllTextAsync(Path.Combine(_folder, "key.pem"), TestContext.Current.CancellationToken);
        Assert.Contains("BEGIN PRIVATE KEY", pem, StringComparison.Ordinal);
        Assert.Contains("BEGIN CERTIFICATE", pem, StringComparison.Ordinal);
    }

    private static string PrivateScalar(SigningKey key) => key.PrivateKey switch
    {
        ECPrivateKeyParameters ec => ec.D.ToString(16),
        RsaPrivateCrtKeyParameters rsa => rsa.Exponent.ToString(16),
        _ => throw new InvalidOperationException("Unexpected key type."),
    };
}
