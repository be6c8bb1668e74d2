using Idocs.PrintForms.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Idocs.Browser.Tests.Documents;

/// <summary>Makes small multi-page PDF files for uploads, with PDFsharp and the print forms' embedded font.</summary>
internal static class TestPdf
{
    public static byte[] Create(string title, int pages = 2)
    {
        PrintFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = title;
        var font = new XFont(PrintFonts.FamilyName, 14, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        for (var number = 1; number <= pages; number++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawString($"{title}: page {number} of {pages}", font, XBrushes.Black, new XPoint(60, 80));
            graphics.DrawRectangle(XPens.DarkBlue, 60, 110, 400, 200);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}
