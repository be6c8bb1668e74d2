using System.Globalization;
using Idocs.Common.Results;
using Idocs.PrintForms.Layout;
using Microsoft.Extensions.Logging;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Idocs.PrintForms.Invoices;

/// <summary>
/// Renders a monthly invoice (счёт на оплату) as an A4 PDF in Russian: the customer's requisites,
/// the billed month, a table of charges and the total, in the embedded DejaVu Sans.
/// </summary>
public sealed class InvoicePdfRenderer(ILogger<InvoicePdfRenderer> logger)
{
    public const string PdfMediaType = "application/pdf";

    private const double NumberColumnWidth = 24;
    private const double QuantityColumnWidth = 62;
    private const double PriceColumnWidth = 80;
    private const double AmountColumnWidth = 86;
    private const double CellPadding = 3;
    private const int MaxDescriptionLines = 6;

    public Result<byte[]> Render(InvoicePdfModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var invalid = Validate(model);
        if (invalid is not null)
        {
            return invalid;
        }

        using var document = new PdfDocument();
        document.Info.Title = $"Счёт № {model.InvoiceNumber}";
        using (var writer = new SheetWriter(document))
        {
            writer.StartPage();
            writer.Title($"Счёт на оплату № {model.InvoiceNumber} от {InvoiceTextFormat.Date(model.IssuedOn)}");
            writer.Fields(Requisites(model));
            writer.Heading("Услуги");
            DrawTable(writer, model.Lines);
            writer.Advance(6);
            writer.Paragraph($"Итого к оплате: {InvoiceTextFormat.Money(model.Total)} тенге", writer.HeadingFont, XBrushes.Black);
            if (model.IsPaid)
            {
                writer.Paragraph("Счёт оплачен.", writer.ValueFont, SheetWriter.BrushFor(ValueEmphasis.Good));
            }

            var footerNumber = model.InvoiceNumber;
            writer.DrawFooters(page => string.Create(CultureInfo.InvariantCulture, $"Счёт № {footerNumber} · страница {page} из {document.PageCount}"));
        }

        var pageCount = document.PageCount;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        logger.LogDebug("Rendered invoice {InvoiceNumber} on {PageCount} pages", model.InvoiceNumber, pageCount);
        return output.ToArray();
    }

    private static List<FieldRow> Requisites(InvoicePdfModel model)
    {
        var rows = new List<FieldRow>
        {
            new("Покупатель", model.CustomerName),
            new("БИН", model.CustomerBin),
        };
        if (!string.IsNullOrWhiteSpace(model.CustomerAddress))
        {
            rows.Add(new FieldRow("Адрес", model.CustomerAddress));
        }

        var firstDay = new DateOnly(model.PeriodYear, model.PeriodMonth, 1);
        var lastDay = firstDay.AddMonths(1).AddDays(-1);
        rows.Add(new FieldRow(
            "Период",
            $"{InvoiceTextFormat.Period(model.PeriodYear, model.PeriodMonth)} ({InvoiceTextFormat.Date(firstDay)}–{InvoiceTextFormat.Date(lastDay)})"));
        rows.Add(new FieldRow("Дата выставления", InvoiceTextFormat.Date(model.IssuedOn)));
        return rows;
    }

    private static void DrawTable(SheetWriter writer, IReadOnlyList<InvoicePdfLine> lines)
    {
        var descriptionWidth = writer.ContentWidth - NumberColumnWidth - QuantityColumnWidth - PriceColumnWidth - AmountColumnWidth;
        DrawRow(writer, descriptionWidth, writer.StrongFont, "№", ["Наименование"], "Кол-во", "Цена, тенге", "Сумма, тенге");
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var description = TextWrapper.Wrap(writer.Graphics, line.Description, writer.ValueFont, descriptionWidth - (2 * CellPadding), MaxDescriptionLines);
            DrawRow(
                writer,
                descriptionWidth,
                writer.ValueFont,
                (index + 1).ToString(CultureInfo.InvariantCulture),
                description,
                string.Create(CultureInfo.InvariantCulture, $"{line.Quantity} {line.Unit}"),
                InvoiceTextFormat.Money(line.UnitPrice),
                InvoiceTextFormat.Money(line.Amount));
        }
    }

    private static void DrawRow(
        SheetWriter writer, double descriptionWidth, XFont font, string number, List<string> description, string quantity, string price, string amount)
    {
        var lineHeight = font.GetHeight();
        var height = (Math.Max(1, description.Count) * lineHeight) + (2 * CellPadding);
        writer.EnsureSpace(height);
        var graphics = writer.Graphics;
        var y = writer.Y;
        var x = SheetWriter.Margin;
        double[] widths = [NumberColumnWidth, descriptionWidth, QuantityColumnWidth, PriceColumnWidth, AmountColumnWidth];

        var left = x;
        foreach (var width in widths)
        {
            graphics.DrawRectangle(XPens.Gray, left, y, width, height);
            left += width;
        }

        graphics.DrawString(number, font, XBrushes.Black, x + CellPadding, y + CellPadding, XStringFormats.TopLeft);
        for (var index = 0; index < description.Count; index++)
        {
            graphics.DrawString(description[index], font, XBrushes.Black, x + widths[0] + CellPadding, y + CellPadding + (index * lineHeight), XStringFormats.TopLeft);
        }

        var right = x + widths[0] + widths[1];
        DrawRight(graphics, quantity, font, right += widths[2], y);
        DrawRight(graphics, price, font, right += widths[3], y);
        DrawRight(graphics, amount, font, right + widths[4], y);
        writer.Advance(height);
    }

    private static void DrawRight(XGraphics graphics, string text, XFont font, double right, double y)
    {
        var width = graphics.MeasureString(text, font).Width;
        graphics.DrawString(text, font, XBrushes.Black, right - CellPadding - width, y + CellPadding, XStringFormats.TopLeft);
    }

    private static Error? Validate(InvoicePdfModel model)
    {
        if (string.IsNullOrWhiteSpace(model.InvoiceNumber))
        {
            return new Error(CommonErrorCodes.InvalidInput, "The invoice number is missing; pass the number to print in the title.");
        }

        if (string.IsNullOrWhiteSpace(model.CustomerName) || string.IsNullOrWhiteSpace(model.CustomerBin))
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The customer name or BIN of invoice {model.InvoiceNumber} is missing; an invoice must name the company it bills.");
        }

        if (model.PeriodMonth is < 1 or > 12 || model.PeriodYear is < 2000 or > 9998)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The period {model.PeriodYear}-{model.PeriodMonth} of invoice {model.InvoiceNumber} is invalid; pass a year and a month from 1 to 12.");
        }

        return null;
    }
}
