using Idocs.PrintForms.Fonts;
using Idocs.PrintForms.Tests.Support;

namespace Idocs.PrintForms.Tests.Fonts;

public sealed class EmbeddedFontResolverTests
{
    private static readonly int[] KazakhCodePoints =
    [
        0x04D8, 0x04D9, 0x0492, 0x0493, 0x049A, 0x049B, 0x04A2, 0x04A3, 0x04E8,
        0x04E9, 0x04B0, 0x04B1, 0x04AE, 0x04AF, 0x04BA, 0x04BB, 0x0406, 0x0456,
    ];

    [Theory]
    [InlineData("DejaVu Sans", false, EmbeddedFontResolver.RegularFace)]
    [InlineData("DejaVu Sans", true, EmbeddedFontResolver.BoldFace)]
    [InlineData("Arial", false, EmbeddedFontResolver.RegularFace)]
    public void ResolveTypeface_AnyFamily_ServesEmbeddedDejaVu(string family, bool bold, string expectedFace)
    {
        var resolver = new EmbeddedFontResolver();

        var info = resolver.ResolveTypeface(family, bold, false);

        Assert.Equal(expectedFace, info.FaceName);
    }

    [Fact]
    public void GetFont_UnknownFace_Throws()
    {
        var resolver = new EmbeddedFontResolver();

        Assert.Throws<InvalidOperationException>(() => resolver.GetFont("Times New Roman"));
    }

    [Theory]
    [InlineData(EmbeddedFontResolver.RegularFace)]
    [InlineData(EmbeddedFontResolver.BoldFace)]
    public void GetFont_EmbeddedFace_MapsEveryKazakhAndRussianLetter(string face)
    {
        var font = new EmbeddedFontResolver().GetFont(face);

        var mapped = TrueTypeCmap.MappedCodePoints(font);

        var russian = Enumerable.Range(0x0410, 64).Append(0x0401).Append(0x0451);
        Assert.All(KazakhCodePoints.Concat(russian), codePoint => Assert.Contains(codePoint, mapped));
    }

    [Fact]
    public void EnsureRegistered_CalledConcurrently_DoesNotThrow()
    {
        var exception = Record.Exception(() => Parallel.For(0, 16, _ => PrintFonts.EnsureRegistered()));

        Assert.Null(exception);
    }
}
