using System.Globalization;
using Idocs.PrintForms.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Idocs.Web.Demo;

/// <summary>Renders the one-page PDF a demo document carries: its title, number, parties and amount.</summary>
public static class DemoPdf
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public static byte[] Render(DemoDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PrintFonts.EnsureRegistered();

        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        var page = pdf.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var heading = new XFont(PrintFonts.FamilyName, 16, XFontStyleEx.Bold, Unicode);
            var body = new XFont(PrintFonts.FamilyName, 11, XFontStyleEx.Regular, Unicode);
            var y = 72.0;
            graphics.DrawString(document.Title, heading, XBrushes.Black, new XPoint(56, y));
            foreach (var line in Lines(document))
            {
                y += 22;
                graphics.DrawString(line, body, XBrushes.Black, new XPoint(56, y));
            }
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static IEnumerable<string> Lines(DemoDocument document)
    {
        var russian = CultureInfo.GetCultureInfo("ru-RU");
        yield return $"№ {document.Number}";
        yield return $"Сторона 1: {document.Owner.Name}, БИН {document.Owner.Bin}";
        if (document.CounterpartyProfile is { } profile)
        {
            yield return $"Сторона 2: {profile.Name}, БИН/ИИН {profile.Bin}";
        }

        if (document.CounterpartyPerson is { } person)
        {
            yield return $"Сторона 2: {person.FullName}, ИИН {person.Iin}";
        }

        if (document.AmountKzt is { } amount)
        {
            yield return string.Create(russian, $"Сумма: {amount:N2} тенге");
        }

        yield return "Демонстрационный документ Idocs. Юридической силы не имеет.";
    }
}
