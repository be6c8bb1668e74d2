using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Idocs.PrintForms.Fonts;

/// <summary>
/// The fonts of every PDF this project renders: DejaVu Sans, embedded as a Unicode subset, which
/// covers Russian and every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І and their lower case).
/// </summary>
public static class PrintFonts
{
    public const string FamilyName = "DejaVu Sans";

    private static readonly Lock RegistrationLock = new();
    private static volatile bool _registered;

    private static readonly XPdfFontOptions UnicodeEmbedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    /// <summary>
    /// Installs the embedded font resolver as PDFsharp's process-wide resolver, once. PDFsharp
    /// allows setting the resolver only before its first font operation, so a different resolver
    /// already in place is a configuration bug and raises <see cref="InvalidOperationException"/>.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (RegistrationLock)
        {
            if (_registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
            else if (current is not EmbeddedFontResolver)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {current.GetType().FullName}; Idocs.PrintForms needs its own embedded fonts. Remove the other registration.");
            }

            _registered = true;
        }
    }

    internal static XFont Create(double sizePoints, bool bold = false)
    {
        EnsureRegistered();
        return new XFont(FamilyName, sizePoints, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, UnicodeEmbedded);
    }
}
