using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Templates;
using Idocs.Web.Tests.Accounts;
using UglyToad.PdfPig;

namespace Idocs.Web.Tests.Templates;

/// <summary>A director creates a template over the API and makes a document from it; the stored file carries the entered values.</summary>
[Collection(AccountsHostDefinition.Name)]
public sealed class TemplatesApiTests(AccountsHostFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateFromTemplate_DocxLayout_FileContainsFilledValues()
    {
        fixture.SkipWithoutPostgreSql();
        using var director = await DirectorAsync();
        var template = await CreateTemplateAsync(director, "docx", Docx("Заявка № {{number}} на сумму {{amount}} от {{due}}, контрагент {{partner}}, способ {{delivery}}."));

        var document = await CreateDocumentAsync(director, template.Id);
        var text = DocxText(await DownloadAsync(director, document));

        Assert.Equal("docx", template.Layout);
        Assert.Equal("Заявка № 42-Б на сумму 1\u00a0500\u00a0000,00 от 31.12.2026, контрагент ТОО \"Ромашка\", способ courier.", text);
    }

    [Fact]
    public async Task CreateFromTemplate_GeneratedPdf_FileContainsFilledValues()
    {
        fixture.SkipWithoutPostgreSql();
        using var director = await DirectorAsync();
        var template = await CreateTemplateAsync(director, "generatedPdf", null);

        var document = await CreateDocumentAsync(director, template.Id);
        using var pdf = PdfDocument.Open(await DownloadAsync(director, document));
        var text = string.Concat(pdf.GetPages().Select(page => page.Text));

        Assert.Contains("42-Б", text, StringComparison.Ordinal);
        Assert.Contains("1\u00a0500\u00a0000,00", text, StringComparison.Ordinal);
        Assert.Contains("31.12.2026", text, StringComparison.Ordinal);
        Assert.Contains("Ромашка", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateTemplate_PlaceholderWithoutField_ReturnsUnknownPlaceholder()
    {
        fixture.SkipWithoutPostgreSql();
        using var director = await DirectorAsync();

        var response = await director.SendAsync(HttpMethod.Post, "/api/v1/templates", JsonContent.Create(TemplateRequest("docx", Docx("Итого {{total}}"))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("templates.unknown_placeholder", await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task GetTemplate_OtherCompanysTemplate_ReturnsNotFound()
    {
        fixture.SkipWithoutPostgreSql();
        using var owner = await DirectorAsync();
        var template = await CreateTemplateAsync(owner, "generatedPdf", null);
        using var stranger = await DirectorAsync();

        var response = await stranger.Http.GetAsync($"/api/v1/templates/{template.Id}", Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("templates.not_found", await AccountsClient.ProblemCodeAsync(response));
    }

    private async Task<AccountsClient> DirectorAsync()
    {
        var director = fixture.CreateClient();
        await director.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"ШАБЛОН\""), "company");
        return director;
    }

    private static object TemplateRequest(string layout, byte[]? docx) => new
    {
        name = "Заявка на оплату",
        layout,
        layoutFile = docx is null ? null : Convert.ToBase64String(docx),
        fields = new object[]
        {
            new { name = "number", label = "Номер", kind = "text" },
            new { name = "amount", label = "Сумма", kind = "amount" },
            new { name = "due", label = "Срок", kind = "date" },
            new { name = "partner", label = "Контрагент", kind = "counterparty" },
            new { name = "delivery", label = "Доставка", kind = "list", options = new[] { "pickup", "courier" } },
            new { name = "quantity", label = "Количество", kind = "number", required = false },
        },
    };

    private static async Task<TemplateView> CreateTemplateAsync(AccountsClient director, string layout, byte[]? docx)
    {
        var response = await director.SendAsync(HttpMethod.Post, "/api/v1/templates", JsonContent.Create(TemplateRequest(layout, docx)));
        await AccountsClient.EnsureStatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<TemplateView>(AccountsClient.Json, Token))!;
    }

    private static async Task<DocumentResponse> CreateDocumentAsync(AccountsClient director, Guid templateId)
    {
        var response = await director.SendAsync(
            HttpMethod.Post,
            "/api/v1/documents/from-template",
            JsonContent.Create(new
            {
                templateId,
                number = "42-Б",
                date = "2026-12-05",
                values = new Dictionary<string, string>
                {
                    ["number"] = "42-Б",
                    ["amount"] = "1500000",
                    ["due"] = "2026-12-31",
                    ["partner"] = "ТОО \"Ромашка\"",
                    ["delivery"] = "courier",
                },
            }));
        await AccountsClient.EnsureStatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(AccountsClient.Json, Token))!;
    }

    private static async Task<byte[]> DownloadAsync(AccountsClient client, DocumentResponse document)
    {
        var response = await client.Http.GetAsync($"/api/v1/documents/{document.Id}/files/{document.Files.Single().Sha256}", Token);
        await AccountsClient.EnsureStatusAsync(response, HttpStatusCode.OK);
        return await response.Content.ReadAsByteArrayAsync(Token);
    }

    /// <summary>A one-paragraph DOCX whose text is <paramref name="text"/>.</summary>
    private static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // A part added before the main one takes the package's default XML content type, so the main
            // part gets its own override entry, as in files Word saves. The upload check reads the overrides.
            document.AddCoreFilePropertiesPart();
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text)))));
        }

        return stream.ToArray();
    }

    private static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Concat(document.MainDocumentPart!.Document.Body!.Descendants<Text>().Select(text => text.Text));
    }
}
