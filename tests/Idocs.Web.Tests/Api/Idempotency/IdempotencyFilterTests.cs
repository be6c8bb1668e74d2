using System.Net;
using System.Net.Http.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.Idempotency;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Web.Api.Idempotency;
using Idocs.Web.Api.Webhooks;

namespace Idocs.Web.Tests.Api.Idempotency;

public sealed class IdempotencyFilterTests
{
    private const string Webhooks = "/api/v1/webhooks";

    private static readonly Dictionary<string, string?> LoopbackWebhooks = new() { ["Webhooks:AllowLoopback"] = "true" };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SameKeyAndBody_ReplaysFirstResponse()
    {
        await using var factory = new IdocsWebApplicationFactory(LoopbackWebhooks);
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        var body = new WebhookRequest("http://127.0.0.1:9/hook", [WebhookEvents.StatusChanged]);

        var first = await PostAsync(client, "key-1", body);
        var second = await PostAsync(client, "key-1", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(Token), await second.Content.ReadAsStringAsync(Token));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.True(second.Headers.Contains(IdempotencyFilter.ReplayedHeaderName));
        var listed = await client.GetFromJsonAsync<List<WebhookView>>(Webhooks, Token);
        Assert.Single(listed!);
    }

    [Fact]
    public async Task Post_SameKeyOtherBody_Returns422()
    {
        await using var factory = new IdocsWebApplicationFactory(LoopbackWebhooks);
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        await PostAsync(client, "key-1", new WebhookRequest("http://127.0.0.1:9/hook", [WebhookEvents.StatusChanged]));

        var response = await PostAsync(client, "key-1", new WebhookRequest("http://127.0.0.1:9/other", [WebhookEvents.StatusChanged]));

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.UnprocessableEntity, IdempotencyErrorCodes.KeyReusedWithDifferentRequest);
    }

    [Fact]
    public async Task Post_SameKeyOtherCaller_RunsAgain()
    {
        await using var factory = new IdocsWebApplicationFactory(LoopbackWebhooks);
        var profileId = Guid.NewGuid();
        var first = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.WebhooksManage);
        var second = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.WebhooksManage);
        using var firstClient = factory.CreateClient().Authorize(first.Secret);
        using var secondClient = factory.CreateClient().Authorize(second.Secret);
        var body = new WebhookRequest("http://127.0.0.1:9/hook", [WebhookEvents.StatusChanged]);
        await PostAsync(firstClient, "key-1", body);

        var response = await PostAsync(secondClient, "key-1", body);

        Assert.False(response.Headers.Contains(IdempotencyFilter.ReplayedHeaderName));
        Assert.Equal(2, (await firstClient.GetFromJsonAsync<List<WebhookView>>(Webhooks, Token))!.Count);
    }

    [Fact]
    public async Task Post_RejectedRequest_IsKeptAndReplayed()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        var body = new WebhookRequest("https://10.0.0.1/hook", [WebhookEvents.StatusChanged]);
        await PostAsync(client, "key-1", body);

        var response = await PostAsync(client, "key-1", body);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, WebhookErrorCodes.InvalidUrl);
        Assert.True(response.Headers.Contains(IdempotencyFilter.ReplayedHeaderName));
    }

    [Theory]
    [InlineData("key with spaces")]
    [InlineData("ключ")]
    public async Task Post_InvalidKey_Returns400(string key)
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, Webhooks)
        {
            Content = JsonContent.Create(new WebhookRequest("https://erp.example.kz/hook", [WebhookEvents.StatusChanged])),
        };
        request.Headers.TryAddWithoutValidation(IdempotencyFilter.HeaderName, key);

        var response = await client.SendAsync(request, Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, IdempotencyErrorCodes.InvalidKey);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string key, WebhookRequest body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Webhooks) { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyFilter.HeaderName, key);
        return await client.SendAsync(request, Token);
    }
}
