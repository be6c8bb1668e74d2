using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.OneC;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.PrintForms.Archives;
using Idocs.Storage.Documents;
using Idocs.Storage.Persistence;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Idempotency;
using Idocs.Web.Api.OneC;
using Idocs.Web.Api.Webhooks;
using Idocs.Web.Tests.Accounts;
using Idocs.Web.Tests.Api.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Api.OneC;

/// <summary>
/// The 1C module's side of the integration on PostgreSQL with the test PKI. An API token uploads
/// an act under its 1C id and starts its route, and the director signs it through the API. The
/// module learns the status by polling and by a webhook that its own loopback receiver verifies.
/// </summary>
[Collection(AccountsHostDefinition.Name)]
public sealed class OneCModuleTests(AccountsHostFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The buyer, an unregistered company, so a signed act waits at dispatch.</summary>
    private static readonly string BuyerBin = TestIdentifiers.NewBin();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OneCModule_ActSignedThroughApi_PolledPushedArchived()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await OneCCompany.RegisterAsync(fixture, "ТОО \"ОДИН-ЭС ТЕСТ\"");
        var issued = await company.IssueTokenAsync(ApiScopes.DocumentsRead, ApiScopes.DocumentsWrite, ApiScopes.WebhooksManage);
        using var module = fixture.Host.CreateClient().Authorize(issued.Secret);
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 0);
        receiver.Secret = await RegisterWebhookAsync(module, receiver.Url);
        var oneCId = Guid.NewGuid().ToString("D");
        var pdf = OneCCompany.NewPdf();

        var documentsBefore = await CountDocumentsAsync(company.ProfileId);
        using var uploaded = await UploadActAsync(module, oneCId, pdf, "upload-" + oneCId);
        using var repeated = await UploadActAsync(module, oneCId, pdf, "upload-" + oneCId);
        var documentsAfter = await CountDocumentsAsync(company.ProfileId);
        var created = (await uploaded.Content.ReadFromJsonAsync<OneCDocumentStatus>(Json, Token))!;
        using var started = await PostJsonAsync(
            module,
            $"/api/v1/onec/documents/{oneCId}/route",
            new StartRouteRequest([new RouteStageRequest("sign", [company.DirectorEmployeeId], null)], null),
            "route-" + oneCId);
        using var signed = await company.Director.SendAsync(
            HttpMethod.Post,
            $"/api/v1/documents/{created.DocumentId}/sign",
            JsonContent.Create(new SignRequest(Convert.ToHexStringLower(SHA256.HashData(pdf)), company.Sign(pdf))));
        var polled = await PollUntilAsync(module, oneCId, "SignedAndSent");
        var pushed = await WaitForEventAsync(receiver, WebhookEvents.DocumentSigned, oneCId);
        using var archiveResponse = await module.GetAsync($"/api/v1/onec/documents/{oneCId}/archive", Token);
        var archive = await archiveResponse.Content.ReadAsByteArrayAsync(Token);

        await AccountsClient.EnsureStatusAsync(uploaded, HttpStatusCode.Created);
        await AccountsClient.EnsureStatusAsync(repeated, HttpStatusCode.Created);
        Assert.True(repeated.Headers.Contains(IdempotencyFilter.ReplayedHeaderName));
        Assert.Equal(documentsBefore + 1, documentsAfter);
        Assert.Equal(oneCId, created.OneCId);
        Assert.Equal("act", created.Type);
        await AccountsClient.EnsureStatusAsync(started, HttpStatusCode.OK);
        await AccountsClient.EnsureStatusAsync(signed, HttpStatusCode.OK);
        Assert.Equal(created.DocumentId, polled.DocumentId);
        Assert.Equal("SignedAndSent", pushed.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(company.ProfileId, pushed.GetProperty("profileId").GetGuid());
        Assert.Equal(0, receiver.BadSignatures);
        await AccountsClient.EnsureStatusAsync(archiveResponse, HttpStatusCode.OK);
        Assert.Equal("application/zip", archiveResponse.Content.Headers.ContentType?.MediaType);
        AssertSignedArchive(archive, created.DocumentId, pdf);
    }

    [Fact]
    public async Task OneCStatusFeed_OneUpload_ListedOnce()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await OneCCompany.RegisterAsync(fixture, "ТОО \"ЛЕНТА\"");
        var issued = await company.IssueTokenAsync(ApiScopes.DocumentsRead, ApiScopes.DocumentsWrite);
        using var module = fixture.Host.CreateClient().Authorize(issued.Secret);
        var oneCId = Guid.NewGuid().ToString("D");
        using var uploaded = await UploadActAsync(module, oneCId, OneCCompany.NewPdf(), "feed-" + oneCId);

        var first = await module.GetFromJsonAsync<OneCStatusPage>("/api/v1/onec/status-changes", Json, Token);
        var next = await module.GetFromJsonAsync<OneCStatusPage>($"/api/v1/onec/status-changes?cursor={first!.NextCursor}", Json, Token);

        await AccountsClient.EnsureStatusAsync(uploaded, HttpStatusCode.Created);
        Assert.Equal(oneCId, Assert.Single(first.Items).OneCId);
        Assert.Empty(next!.Items);
    }

    [Fact]
    public async Task OneCUpload_SameOneCIdNewKey_Conflict()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await OneCCompany.RegisterAsync(fixture, "ТОО \"ДУБЛЬ\"");
        var issued = await company.IssueTokenAsync(ApiScopes.DocumentsWrite);
        using var module = fixture.Host.CreateClient().Authorize(issued.Secret);
        var oneCId = Guid.NewGuid().ToString("D");
        using var first = await UploadActAsync(module, oneCId, OneCCompany.NewPdf(), "first-" + oneCId);

        using var second = await UploadActAsync(module, oneCId, OneCCompany.NewPdf(), "second-" + oneCId);

        await AccountsClient.EnsureStatusAsync(first, HttpStatusCode.Created);
        await ProblemAssert.HasCodeAsync(second, HttpStatusCode.Conflict, OneCErrorCodes.DuplicateOneCId);
    }

    [Fact]
    public async Task OneCUpload_NoIdempotencyKey_BadRequest()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await OneCCompany.RegisterAsync(fixture, "ТОО \"БЕЗ КЛЮЧА\"");
        var issued = await company.IssueTokenAsync(ApiScopes.DocumentsWrite);
        using var module = fixture.Host.CreateClient().Authorize(issued.Secret);

        using var response = await UploadActAsync(module, Guid.NewGuid().ToString("D"), OneCCompany.NewPdf(), idempotencyKey: null);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, OneCErrorCodes.IdempotencyKeyRequired);
    }

    [Fact]
    public async Task OneCUpload_TokenWithoutWriteScope_Forbidden()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await OneCCompany.RegisterAsync(fixture, "ТОО \"ЧТЕНИЕ\"");
        var issued = await company.IssueTokenAsync(ApiScopes.DocumentsRead);
        using var module = fixture.Host.CreateClient().Authorize(issued.Secret);

        using var response = await UploadActAsync(module, Guid.NewGuid().ToString("D"), OneCCompany.NewPdf(), "scope-check");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, ApiTokenErrorCodes.ScopeMissing);
    }

    [Fact]
    public async Task OneCStatus_RevokedToken_Unauthorized()
    {
        fixture.SkipWithoutPostgreSql();
        using var company = await OneCCompany.RegisterAsync(fixture, "ТОО \"ОТЗЫВ\"");
        var issued = await company.IssueTokenAsync(ApiScopes.DocumentsRead);
        using var module = fixture.Host.CreateClient().Authorize(issued.Secret);
        using var revoked = await company.Director.SendAsync(HttpMethod.Delete, $"/api/v1/api-tokens/{issued.Token.Id}");

        using var response = await module.GetAsync("/api/v1/onec/status-changes", Token);

        await AccountsClient.EnsureStatusAsync(revoked, HttpStatusCode.NoContent);
        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, ApiTokenErrorCodes.Revoked);
    }

    [Fact]
    public async Task OneCEndpoints_OtherCompanysDocument_NotFound()
    {
        fixture.SkipWithoutPostgreSql();
        using var owner = await OneCCompany.RegisterAsync(fixture, "ТОО \"ВЛАДЕЛЕЦ\"");
        using var other = await OneCCompany.RegisterAsync(fixture, "ТОО \"ЧУЖОЙ\"");
        using var ownerModule = fixture.Host.CreateClient().Authorize((await owner.IssueTokenAsync(ApiScopes.DocumentsWrite)).Secret);
        using var otherModule = fixture.Host.CreateClient().Authorize((await other.IssueTokenAsync(ApiScopes.DocumentsRead, ApiScopes.DocumentsWrite)).Secret);
        var oneCId = Guid.NewGuid().ToString("D");
        using var uploaded = await UploadActAsync(ownerModule, oneCId, OneCCompany.NewPdf(), "owner-" + oneCId);
        var documentId = (await uploaded.Content.ReadFromJsonAsync<OneCDocumentStatus>(Json, Token))!.DocumentId;

        using var status = await otherModule.GetAsync($"/api/v1/onec/documents/{oneCId}", Token);
        using var archive = await otherModule.GetAsync($"/api/v1/onec/documents/{oneCId}/archive", Token);
        using var route = await PostJsonAsync(otherModule, $"/api/v1/onec/documents/{oneCId}/route", new StartRouteRequest(null, "any"), "steal-" + oneCId);
        using var incoming = await otherModule.GetAsync($"/api/v1/onec/incoming/{documentId}", Token);

        await ProblemAssert.HasCodeAsync(status, HttpStatusCode.NotFound, OneCErrorCodes.DocumentNotFound);
        await ProblemAssert.HasCodeAsync(archive, HttpStatusCode.NotFound, OneCErrorCodes.DocumentNotFound);
        await ProblemAssert.HasCodeAsync(route, HttpStatusCode.NotFound, OneCErrorCodes.DocumentNotFound);
        Assert.Equal(HttpStatusCode.NotFound, incoming.StatusCode);
    }

    private static async Task<string> RegisterWebhookAsync(HttpClient module, Uri url)
    {
        using var response = await PostJsonAsync(module, "/api/v1/webhooks", new WebhookRequest(url.AbsoluteUri, [WebhookEvents.StatusChanged, WebhookEvents.DocumentSigned]), "webhook-" + url.Port);
        await AccountsClient.EnsureStatusAsync(response, HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<WebhookView>(Json, Token))!.Secret!;
    }

    private static async Task<HttpResponseMessage> UploadActAsync(HttpClient module, string oneCId, byte[] pdf, string? idempotencyKey)
    {
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        // A fixed boundary, so that a retry sends the same bytes, as a 1C module resending its request does.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/onec/documents")
        {
            Content = new MultipartFormDataContent("onec-" + oneCId)
            {
                { file, "file", "akt-17.pdf" },
                { new StringContent(oneCId), "oneCId" },
                { new StringContent("act"), "type" },
                { new StringContent("АВР-" + oneCId[..8]), "number" },
                { new StringContent("2026-11-30"), "date" },
                { new StringContent("150000.50"), "amount" },
                { new StringContent("KZT"), "currency" },
                { new StringContent(BuyerBin), "counterpartyBin" },
                { new StringContent("ТОО \"ПОКУПАТЕЛЬ\""), "counterpartyName" },
            },
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyFilter.HeaderName, idempotencyKey);
        }

        return await module.SendAsync(request, Token);
    }

    private static async Task<HttpResponseMessage> PostJsonAsync<T>(HttpClient module, string path, T body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyFilter.HeaderName, idempotencyKey);
        return await module.SendAsync(request, Token);
    }

    private static async Task<OneCDocumentStatus> PollUntilAsync(HttpClient module, string oneCId, string status)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        OneCDocumentStatus? last = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            last = await module.GetFromJsonAsync<OneCDocumentStatus>($"/api/v1/onec/documents/{oneCId}", Json, Token);
            if (last?.Status == status)
            {
                return last;
            }

            await Task.Delay(100, Token);
        }

        Assert.Fail($"1C id {oneCId} did not reach {status} in 20 s; the last poll said {last?.Status}.");
        return last!;
    }

    /// <summary>Waits for a verified delivery of <paramref name="eventType"/> about the document with <paramref name="oneCId"/>.</summary>
    private static async Task<JsonElement> WaitForEventAsync(WebhookReceiver receiver, string eventType, string oneCId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (DateTimeOffset.UtcNow < deadline)
        {
            foreach (var body in receiver.VerifiedBodies)
            {
                var root = JsonDocument.Parse(body).RootElement;
                if (root.GetProperty("type").GetString() == eventType && root.GetProperty("data").GetProperty("oneCId").GetString() == oneCId)
                {
                    return root;
                }
            }

            await Task.Delay(100, Token);
        }

        Assert.Fail($"No verified {eventType} webhook for 1C id {oneCId} in 20 s; {receiver.Received} deliveries arrived, {receiver.BadSignatures} with a bad signature.");
        return default;
    }

    private async Task<int> CountDocumentsAsync(Guid profileId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdocsDbContext>().Set<DocumentRow>()
            .IgnoreQueryFilters()
            .CountAsync(row => row.OwnerProfileId == profileId, Token);
    }

    /// <summary>Checks that the archive contains the original, the director's signature and a manifest whose hashes match every entry.</summary>
    private static void AssertSignedArchive(byte[] archive, Guid documentId, byte[] pdf)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        var manifestEntry = zip.GetEntry(ArchiveManifest.FileName);
        Assert.NotNull(manifestEntry);
        using var manifestStream = manifestEntry.Open();
        var manifest = JsonSerializer.Deserialize<ArchiveManifest>(manifestStream, Json)!;

        Assert.Equal(documentId, manifest.DocumentId);
        Assert.Contains(manifest.Files, entry => entry.Kind == ArchiveEntryKinds.Original && entry.Sha256 == Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Single(manifest.Files, entry => entry.Kind == ArchiveEntryKinds.Signature);
        foreach (var entry in manifest.Files)
        {
            var zipped = zip.GetEntry(entry.Path);
            Assert.NotNull(zipped);
            using var content = zipped.Open();
            Assert.Equal(entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(content)));
        }
    }
}
