using Idocs.Common.Results;
using Idocs.PrintForms.Invoices;
using Idocs.PrintForms.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.PrintForms.Tests.Invoices;

public sealed class InvoicePdfRendererTests
{
    private static readonly InvoicePdfRenderer Renderer = new(NullLogger<InvoicePdfRenderer>.Instance);

    private static InvoicePdfModel November(string? address = "г. Алматы, пр. Абая, 10", int extraLines = 0)
    {
        var lines = new List<InvoicePdfLine>
        {
            new("Тариф Standard, 01.11.2026–30.11.2026", 30, "дн.", 10_000m, 10_000m),
            new("Внешние документы и файлы пакетов, 01.11.2026–30.11.2026, прайс-лист версии 1", 10, "шт.", 50m, 500m),
        };
        for (var index = 0; index < extraLines; index++)
        {
            lines.Add(new InvoicePdfLine($"Дополнительная строка {index + 1}", 1, "шт.", 1m, 1m));
        }

        return new InvoicePdfModel(
            "2026-11-0001",
            new DateOnly(2026, 12, 1),
            2026,
            11,
            "ТОО «Ромашка Қазақстан»",
            "123456789012",
            address,
            lines,
            10_500m + extraLines,
            IsPaid: false);
    }

    [Fact]
    public void Render_Invoice_TextHasRequisitesPeriodAndTotal()
    {
        var pdf = Renderer.Render(November());

        Assert.True(pdf.IsSuccess);
        var text = PdfText.AllText(pdf.Value);
        Assert.Contains("ТОО «Ромашка Қазақстан»", text, StringComparison.Ordinal);
        Assert.Contains("123456789012", text, StringComparison.Ordinal);
        Assert.Contains("г. Алматы, пр. Абая, 10", text, StringComparison.Ordinal);
        Assert.Contains("ноябрь 2026", text, StringComparison.Ordinal);
        Assert.Contains("01.11.2026–30.11.2026", text, StringComparison.Ordinal);
        Assert.Contains("Итого к оплате: 10 500,00 тенге", text, StringComparison.Ordinal);
        Assert.Contains("Счёт на оплату № 2026-11-0001 от 01.12.2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoAddress_OmitsAddressRow()
    {
        var pdf = Renderer.Render(November(address: null));

        Assert.True(pdf.IsSuccess);
        Assert.DoesNotContain("Адрес", PdfText.AllText(pdf.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyLines_BreaksPagesAndKeepsTotal()
    {
        var pdf = Renderer.Render(November(extraLines: 80));

        Assert.True(pdf.IsSuccess);
        var pages = PdfText.PageTexts(pdf.Value);
        Assert.True(pages.Count > 1, $"Expected more than one page, got {pages.Count}.");
        Assert.Contains("Итого к оплате: 10 580,00 тенге", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingBin_ReturnsInvalidInput()
    {
        var pdf = Renderer.Render(November() with { CustomerBin = " " });

        Assert.False(pdf.IsSuccess);
        Assert.Equal(CommonErrorCodes.InvalidInput, pdf.Error.Code);
    }
}
