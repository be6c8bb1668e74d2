using Idocs.Common.Results;
using Idocs.PrintForms.Verification;
using QRCoder;

namespace Idocs.PrintForms.Tests.Verification;

public sealed class VerificationLinkTests
{
    private const string Digest = "67797f5691cb5346201f1c40000a959f9f08d05d0b4493b4291e8d5f16e81e65";

    [Theory]
    [InlineData("https://idocs.kz")]
    [InlineData("https://idocs.kz/")]
    public void Build_BaseUrl_JoinsVerifyPathAndDigestFragment(string baseUrl)
    {
        var link = VerificationLink.Build(new Uri(baseUrl), "aB3dE5fG7h", Digest);

        Assert.True(link.IsSuccess, link.Error?.ToString());
        Assert.Equal($"https://idocs.kz/verify/aB3dE5fG7h#sha256={Digest}", link.Value.AbsoluteUri);
    }

    [Fact]
    public void Build_BaseUrlWithQuery_KeepsOnlyPath()
    {
        var link = VerificationLink.Build(new Uri("https://example.kz/idocs/?x=1#top"), "id1", Digest);

        Assert.True(link.IsSuccess, link.Error?.ToString());
        Assert.Equal($"https://example.kz/idocs/verify/id1#sha256={Digest}", link.Value.AbsoluteUri);
    }

    [Fact]
    public void Build_UpperCaseDigest_IsLowerCased()
    {
        var link = VerificationLink.Build(new Uri("https://idocs.kz"), "id1", Digest.ToUpperInvariant());

        Assert.True(link.IsSuccess, link.Error?.ToString());
        Assert.EndsWith(Digest, link.Value.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GuidSizedId_FitsQrVersionSeven()
    {
        // A GUID in base64url is 22 characters, the longest id the documents side is expected to use.
        var id = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var link = VerificationLink.Build(new Uri("https://idocs.kz"), id, Digest);

        Assert.True(link.IsSuccess, link.Error?.ToString());
        using var code = QRCodeGenerator.GenerateQrCode(link.Value.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        Assert.True(code.Version <= 7, $"A {link.Value.AbsoluteUri.Length}-character link needs QR version {code.Version}.");
        var moduleMillimetres = new PrintFormOptions().QrCodeSizeMillimetres / code.ModuleMatrix.Count;
        Assert.True(moduleMillimetres >= 0.5, $"Modules are {moduleMillimetres:F2} mm wide.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a b")]
    [InlineData("идентификатор")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public void Build_InvalidId_ReturnsInvalidInput(string id)
    {
        var link = VerificationLink.Build(new Uri("https://idocs.kz"), id, Digest);

        Assert.False(link.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, link.Error.Code);
    }

    [Theory]
    [InlineData("ftp://idocs.kz")]
    [InlineData("file:///etc/passwd")]
    public void Build_NonHttpBaseUrl_ReturnsInvalidOptions(string baseUrl)
    {
        var link = VerificationLink.Build(new Uri(baseUrl), "id1", Digest);

        Assert.False(link.IsSuccess);
        Assert.Equal(PrintFormErrorCodes.InvalidOptions, link.Error.Code);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz797f5691cb5346201f1c40000a959f9f08d05d0b4493b4291e8d5f16e81e65")]
    public void Build_MalformedDigest_ReturnsInvalidInput(string digest)
    {
        var link = VerificationLink.Build(new Uri("https://idocs.kz"), "id1", digest);

        Assert.False(link.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, link.Error.Code);
    }
}
