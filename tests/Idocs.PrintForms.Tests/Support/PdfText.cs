using UglyToad.PdfPig;

namespace Idocs.PrintForms.Tests.Support;

/// <summary>
/// Text extraction with PdfPig, an implementation independent of the PDFsharp that wrote the
/// file. No-break spaces come back as plain spaces, so tests compare with ordinary strings.
/// </summary>
public static class PdfText
{
    public static string AllText(byte[] pdf) => string.Join("\n", PageTexts(pdf));

    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => string.Concat(page.Letters.Select(letter => letter.Value)).Replace('\u00A0', ' ')).ToList();
    }
}
