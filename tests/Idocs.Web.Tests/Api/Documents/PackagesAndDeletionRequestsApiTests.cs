using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Idocs.Documents.Documents;
using Idocs.Documents.Packages;
using Idocs.Documents.Uploads;
using Idocs.Web.Tests.Accounts;

namespace Idocs.Web.Tests.Api.Documents;

/// <summary>The packages endpoints and both sides of deletion requests over HTTP, as a registered company and as support.</summary>
[Collection(AccountsHostDefinition.Name)]
public sealed class PackagesAndDeletionRequestsApiTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task CreatePackage_TwoFiles_TwoDocumentsReadBack()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await RegisterAsync();

        var created = await company.SendAsync(HttpMethod.Post, "/api/v1/packages", PackageForm(Pdf("акт"), Pdf("счёт")));
        await AccountsClient.EnsureStatusAsync(created, HttpStatusCode.Created);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var packageId = body.RootElement.GetProperty("id").GetGuid();
        var read = await company.SendAsync(HttpMethod.Get, $"/api/v1/packages/{packageId}");
        using var readBody = JsonDocument.Parse(await read.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var documents = readBody.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal(["П-7-1", "П-7-2"], documents.Select(document => document.GetProperty("number").GetString()));
        Assert.All(documents, document => Assert.Equal("Draft", document.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task CreatePackage_OneFile_RefusedWithCount()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await RegisterAsync();

        var created = await company.SendAsync(HttpMethod.Post, "/api/v1/packages", PackageForm(Pdf("один")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, created.StatusCode);
        Assert.Equal(PackageErrorCodes.InvalidFileCount, await AccountsClient.ProblemCodeAsync(created));
    }

    [Fact]
    public async Task CreatePackage_TextFileAmongPdfs_RefusedWholeWithReason()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await RegisterAsync();

        var created = await company.SendAsync(HttpMethod.Post, "/api/v1/packages", PackageForm(Pdf("годный"), Encoding.UTF8.GetBytes("обычный текст")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, created.StatusCode);
        Assert.Equal(UploadErrorCodes.UnsupportedType, await AccountsClient.ProblemCodeAsync(created));
    }

    [Fact]
    public async Task StartPackageRoute_UnknownPackage_NotFound()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await RegisterAsync();

        var started = await company.SendAsync(
            HttpMethod.Post, $"/api/v1/packages/{Guid.NewGuid()}/route", JsonContent.Create(new { stages = new[] { new { kind = "sign", employeeIds = new[] { Guid.NewGuid() } } } }));

        Assert.Equal(HttpStatusCode.NotFound, started.StatusCode);
    }

    [Fact]
    public async Task FileDeletionRequest_DraftDocument_RefusedAsDirectlyDeletable()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await RegisterAsync();
        var created = await company.SendAsync(HttpMethod.Post, "/api/v1/packages", PackageForm(Pdf("черновик"), Pdf("приложение")));
        await AccountsClient.EnsureStatusAsync(created, HttpStatusCode.Created);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var documentId = body.RootElement.GetProperty("documents")[0].GetProperty("id").GetGuid();
        var form = new MultipartFormDataContent
        {
            { new StringContent("Договор расторгнут"), "reason" },
            { new ByteArrayContent(Pdf("соглашение")), "file", "agreement.pdf" },
        };

        var filed = await company.SendAsync(HttpMethod.Post, $"/api/v1/documents/{documentId}/deletion-requests", form);
        var listed = await company.SendAsync(HttpMethod.Get, $"/api/v1/documents/{documentId}/deletion-requests");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, filed.StatusCode);
        Assert.Equal(DocumentErrorCodes.DeletionNotAllowed, await AccountsClient.ProblemCodeAsync(filed));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal("[]", (await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Trim());
    }

    [Fact]
    public async Task SupportDeletionRequests_ListedAndUnknownRequestNotFound()
    {
        fixture.SkipWithoutPostgreSql();
        using var support = fixture.CreateClient();
        await support.SupportLoginAsync(fixture.SupportAgent);

        var listed = await support.SendAsync(HttpMethod.Get, "/api/v1/support/deletion-requests");
        var approved = await support.SendAsync(
            HttpMethod.Post, $"/api/v1/support/deletion-requests/{Guid.NewGuid()}/approve", JsonContent.Create(new { comment = "Проверено" }));

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, approved.StatusCode);
    }

    [Fact]
    public async Task SupportDeletionRequests_CompanySession_Refused()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await RegisterAsync();

        var listed = await company.SendAsync(HttpMethod.Get, "/api/v1/support/deletion-requests");

        Assert.True(listed.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"Expected 401 or 403, got {(int)listed.StatusCode}.");
    }

    private async Task<AccountsClient> RegisterAsync()
    {
        var company = fixture.CreateClient();
        await company.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"ПАКЕТ\""), "company");
        return company;
    }

    private static MultipartFormDataContent PackageForm(params byte[][] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("Internal"), "kind" },
            { new StringContent("П-7"), "number" },
            { new StringContent("2026-12-05"), "date" },
            { new StringContent("Закрывающие документы"), "title" },
        };
        for (var index = 0; index < files.Length; index++)
        {
            form.Add(new ByteArrayContent(files[index]), "file", $"file-{index + 1}.pdf");
        }

        return form;
    }

    /// <summary>A small PDF that passes the upload check; <paramref name="text"/> makes its bytes differ.</summary>
    private static byte[] Pdf(string text) => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n% {Convert.ToHexString(Encoding.UTF8.GetBytes(text))}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
