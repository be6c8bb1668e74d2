using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Idocs.PrintForms.Fonts;

namespace Idocs.PrintForms.Layout;

/// <summary>
/// Lays out A4 portrait pages top to bottom: titles, paragraphs, label and value tables and
/// boxed blocks, starting a new page when the next element does not fit. Page footers are drawn
/// at the end, once the page count is known.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    public const double Margin = 42;
    public const double FooterHeight = 24;
    public const double LabelColumnWidth = 150;
    private const int MaxLinesPerValue = 8;

    private readonly PdfDocument _document;
    private readonly List<PdfPage> _pages = [];
    private XGraphics? _graphics;
    private double _y;

    public SheetWriter(PdfDocument document)
    {
        _document = document;
        TitleFont = PrintFonts.Create(14, bold: true);
        HeadingFont = PrintFonts.Create(10.5, bold: true);
        LabelFont = PrintFonts.Create(8);
        ValueFont = PrintFonts.Create(8.5);
        StrongFont = PrintFonts.Create(8.5, bold: true);
        SmallFont = PrintFonts.Create(7);
    }

    public XFont TitleFont { get; }

    public XFont HeadingFont { get; }

    public XFont LabelFont { get; }

    public XFont ValueFont { get; }

    public XFont StrongFont { get; }

    public XFont SmallFont { get; }

    public int PageCount => _pages.Count;

    public double ContentWidth => _pages.Count == 0 ? 0 : _pages[^1].Width.Point - (2 * Margin);

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Start a page before drawing.");

    public double Y => _y;

    private double Bottom => _pages[^1].Height.Point - Margin - FooterHeight;

    public void StartPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        _pages.Add(page);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void EnsureSpace(double height)
    {
        if (_graphics is null || _y + height > Bottom)
        {
            StartPage();
        }
    }

    public void Title(string text)
    {
        WrappedText(text, TitleFont, XBrushes.Black, ContentWidth);
        _y += 6;
    }

    public void Heading(string text)
    {
        EnsureSpace(HeadingFont.GetHeight() * 3);
        _y += 6;
        WrappedText(text, HeadingFont, XBrushes.Black, ContentWidth);
        Graphics.DrawLine(XPens.DarkGray, Margin, _y + 1, Margin + ContentWidth, _y + 1);
        _y += 5;
    }

    public void Paragraph(string text, XFont font, XBrush brush)
    {
        var lines = TextWrapper.Wrap(Graphics, text, font, ContentWidth, maxLines: 40);
        EnsureSpace(lines.Count * font.GetHeight());
        foreach (var line in lines)
        {
            Graphics.DrawString(line, font, brush, Margin, _y, XStringFormats.TopLeft);
            _y += font.GetHeight();
        }

        _y += 4;
    }

    /// <summary>Draws a label and value table across the page, breaking pages between rows.</summary>
    public void Fields(IEnumerable<FieldRow> rows)
    {
        foreach (var row in rows)
        {
            var height = MeasureRow(row, ContentWidth - LabelColumnWidth);
            EnsureSpace(height);
            DrawRow(row, Margin, _y, ContentWidth - LabelColumnWidth);
            _y += height;
        }
    }

    /// <summary>Returns the height a table of <paramref name="rows"/> takes with values <paramref name="valueWidth"/> wide.</summary>
    public double MeasureFields(IReadOnlyList<FieldRow> rows, double valueWidth) =>
        rows.Sum(row => MeasureRow(row, valueWidth));

    /// <summary>Draws a table at a fixed position without page breaks; the caller has checked the space.</summary>
    public void FieldsAt(IReadOnlyList<FieldRow> rows, double x, double y, double valueWidth)
    {
        foreach (var row in rows)
        {
            DrawRow(row, x, y, valueWidth);
            y += MeasureRow(row, valueWidth);
        }
    }

    public void Advance(double points) => _y += points;

    /// <summary>Draws "label · page X of Y" footers on every page this writer added.</summary>
    public void DrawFooters(Func<int, string> footerForPage)
    {
        _graphics?.Dispose();
        _graphics = null;

        // The writer's pages are the document's last ones, after any imported original pages.
        var firstPageNumber = _document.PageCount - _pages.Count + 1;
        for (var index = 0; index < _pages.Count; index++)
        {
            var page = _pages[index];
            var pageNumber = firstPageNumber + index;
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - Margin - (FooterHeight / 2);
            graphics.DrawLine(XPens.LightGray, Margin, y - 4, page.Width.Point - Margin, y - 4);
            graphics.DrawString(footerForPage(pageNumber), SmallFont, XBrushes.DimGray, Margin, y, XStringFormats.TopLeft);
        }
    }

    public void Dispose() => _graphics?.Dispose();

    public static XBrush BrushFor(ValueEmphasis color) => color switch
    {
        ValueEmphasis.Good => new XSolidBrush(XColor.FromArgb(0x1B, 0x6E, 0x20)),
        ValueEmphasis.Warning => new XSolidBrush(XColor.FromArgb(0x9A, 0x5B, 0x00)),
        ValueEmphasis.Bad => new XSolidBrush(XColor.FromArgb(0xB0, 0x1C, 0x1C)),
        _ => XBrushes.Black,
    };

    private double MeasureRow(FieldRow row, double valueWidth)
    {
        var font = row.Emphasis == ValueEmphasis.Default ? ValueFont : StrongFont;
        var labelLines = TextWrapper.Wrap(Graphics, row.Label, LabelFont, LabelColumnWidth - 8, MaxLinesPerValue).Count;
        var valueLines = TextWrapper.Wrap(Graphics, row.Value, font, valueWidth, MaxLinesPerValue).Count;
        return (Math.Max(labelLines * LabelFont.GetHeight(), valueLines * font.GetHeight())) + 3;
    }

    private void DrawRow(FieldRow row, double x, double y, double valueWidth)
    {
        var font = row.Emphasis == ValueEmphasis.Default ? ValueFont : StrongFont;
        var labelY = y;
        foreach (var line in TextWrapper.Wrap(Graphics, row.Label, LabelFont, LabelColumnWidth - 8, MaxLinesPerValue))
        {
            Graphics.DrawString(line, LabelFont, XBrushes.DimGray, x, labelY, XStringFormats.TopLeft);
            labelY += LabelFont.GetHeight();
        }

        var brush = BrushFor(row.Emphasis);
        var valueY = y;
        foreach (var line in TextWrapper.Wrap(Graphics, row.Value, font, valueWidth, MaxLinesPerValue))
        {
            Graphics.DrawString(line, font, brush, x + LabelColumnWidth, valueY, XStringFormats.TopLeft);
            valueY += font.GetHeight();
        }
    }

    private void WrappedText(string text, XFont font, XBrush brush, double width)
    {
        foreach (var line in TextWrapper.Wrap(Graphics, text, font, width, MaxLinesPerValue))
        {
            Graphics.DrawString(line, font, brush, Margin, _y, XStringFormats.TopLeft);
            _y += font.GetHeight();
        }
    }
}
