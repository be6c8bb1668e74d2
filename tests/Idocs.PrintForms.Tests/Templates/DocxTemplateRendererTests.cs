using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Idocs.Documents.Templates;
using Idocs.PrintForms.Templates;

namespace Idocs.PrintForms.Tests.Templates;

public class DocxTemplateRendererTests
{
    private static readonly DocumentTemplate Contract = new()
    {
        Name = "Supply contract",
        Fields =
        [
            new TemplateField("number", "Number", TemplateFieldKind.Text),
            new TemplateField("amount", "Amount", TemplateFieldKind.Amount),
            new TemplateField("quantity", "Quantity", TemplateFieldKind.Number),
            new TemplateField("signed_on", "Date", TemplateFieldKind.Date),
            new TemplateField("counterparty", "Counterparty", TemplateFieldKind.Counterparty),
            new TemplateField("delivery", "Delivery", TemplateFieldKind.List) { Options = ["pickup", "courier"] },
            new TemplateField("note", "Note", TemplateFieldKind.Text, Required: false),
        ],
        LayoutFile = BuildDocx(
            ["Договор № {{number}} от {{signed_on}}"],
            ["Покупатель: ", "{{coun", "terparty}}", "."],
            ["Сумма: {{ amount }} тенге, количество {{quantity}}, доставка {{delivery}}.{{note}}"],
            header: "Договор {{number}}"),
    };

    private readonly CreateFromTemplate _create = new(new DocxTemplateRenderer());

    [Fact]
    public void Run_ValidValues_FillsEveryPlaceholder()
    {
        var values = ValidValues();

        var rendered = _create.Run(Contract, values);

        Assert.True(rendered.IsSuccess, rendered.Error?.Message);
        var (body, header) = ReadText(rendered.Value.Content);
        Assert.Contains("Договор № 17-A от 31.12.2026", body, StringComparison.Ordinal);
        Assert.Contains("Покупатель: ТОО \"Ромашка\".", body, StringComparison.Ordinal);
        Assert.Contains("Сумма: 1\u00a0500\u00a0000,50 тенге, количество 12.5, доставка courier.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", body, StringComparison.Ordinal);
        Assert.Equal("Договор 17-A", header);
        Assert.Equal("Supply contract.docx", rendered.Value.FileName);
    }

    [Fact]
    public void Run_BadDate_ReturnsInvalidFieldValue()
    {
        var values = ValidValues();
        values["signed_on"] = "31.12.2026";

        var rendered = _create.Run(Contract, values);

        Assert.Equal(TemplateErrorCodes.InvalidFieldValue, rendered.Error?.Code);
        Assert.Contains("signed_on", rendered.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValueOutsideList_ReturnsInvalidFieldValue()
    {
        var values = ValidValues();
        values["delivery"] = "drone";

        var rendered = _create.Run(Contract, values);

        Assert.Equal(TemplateErrorCodes.InvalidFieldValue, rendered.Error?.Code);
    }

    [Fact]
    public void Run_MissingRequired_ReturnsMissingFieldValue()
    {
        var values = ValidValues();
        values.Remove("counterparty");

        var rendered = _create.Run(Contract, values);

        Assert.Equal(TemplateErrorCodes.MissingFieldValue, rendered.Error?.Code);
    }

    [Fact]
    public void Run_PlaceholderWithoutField_ReturnsUnknownPlaceholder()
    {
        var template = Contract with { LayoutFile = BuildDocx(["Итого {{total}}"]) };

        var rendered = _create.Run(template, ValidValues());

        Assert.Equal(TemplateErrorCodes.UnknownPlaceholder, rendered.Error?.Code);
        Assert.Contains("total", rendered.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NotDocx_ReturnsInvalidLayout()
    {
        var template = Contract with { LayoutFile = "not a zip"u8.ToArray() };

        var rendered = _create.Run(template, ValidValues());

        Assert.Equal(TemplateErrorCodes.InvalidLayout, rendered.Error?.Code);
    }

    private static Dictionary<string, string?> ValidValues() => new(StringComparer.Ordinal)
    {
        ["number"] = "17-A",
        ["amount"] = "1500000.5",
        ["quantity"] = "12.5",
        ["signed_on"] = "2026-12-31",
        ["counterparty"] = "ТОО \"Ромашка\"",
        ["delivery"] = "courier",
    };

    /// <summary>Builds a DOCX whose paragraphs consist of the given runs, as Word splits typed text.</summary>
    private static byte[] BuildDocx(string[] first, string[]? second = null, string[]? third = null, string? header = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var runs in new[] { first, second, third }.OfType<string[]>())
            {
                body.Append(new Paragraph(runs.Select(text => new Run(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve }))));
            }

            main.Document = new Document(body);
            if (header is not null)
            {
                var headerPart = main.AddNewPart<HeaderPart>();
                headerPart.Header = new Header(new Paragraph(new Run(new Text(header))));
                var headerId = main.GetIdOfPart(headerPart);
                body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId }));
            }
        }

        return stream.ToArray();
    }

    private static (string Body, string Header) ReadText(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;
        var body = string.Join("\n", main.Document!.Body!.Elements<Paragraph>().Select(paragraph => paragraph.InnerText));
        var header = string.Concat(main.HeaderParts.Select(part => part.Header!.InnerText));
        return (body, header);
    }
}
