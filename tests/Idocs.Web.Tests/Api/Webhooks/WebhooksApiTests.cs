using System.Net;
using System.Net.Http.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Web.Api.Webhooks;

namespace Idocs.Web.Tests.Api.Webhooks;

public sealed class WebhooksApiTests
{
    private const string Webhooks = "/api/v1/webhooks";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_PrivateAddress_Returns400InvalidUrl()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);

        var response = await client.PostAsJsonAsync(Webhooks, new WebhookRequest("https://169.254.169.254/latest", [WebhookEvents.DocumentSigned]), Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, WebhookErrorCodes.InvalidUrl);
    }

    [Fact]
    public async Task Register_LoopbackWithoutDevelopmentSetting_Returns400InvalidUrl()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);

        var response = await client.PostAsJsonAsync(Webhooks, new WebhookRequest("http://127.0.0.1:9/hook", [WebhookEvents.DocumentSigned]), Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, WebhookErrorCodes.InvalidUrl);
    }

    [Fact]
    public async Task Register_UnknownEvent_Returns400InvalidEvents()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);

        var response = await client.PostAsJsonAsync(Webhooks, new WebhookRequest("https://erp.example.kz/hook", ["document.eaten"]), Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, WebhookErrorCodes.InvalidEvents);
    }

    [Fact]
    public async Task Remove_OtherCompanysWebhook_Returns404()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var owner = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        var stranger = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var ownerClient = factory.CreateClient().Authorize(owner.Secret);
        using var strangerClient = factory.CreateClient().Authorize(stranger.Secret);
        var created = await ownerClient.PostAsJsonAsync(Webhooks, new WebhookRequest("https://erp.example.kz/hook", [WebhookEvents.DocumentSigned]), Token);
        var webhook = await created.Content.ReadFromJsonAsync<WebhookView>(Token);

        var response = await strangerClient.DeleteAsync($"{Webhooks}/{webhook!.Id}", Token);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.NotFound, WebhookErrorCodes.NotFound);
        Assert.Single((await ownerClient.GetFromJsonAsync<List<WebhookView>>(Webhooks, Token))!);
    }

    [Fact]
    public async Task List_AfterRegister_OmitsSecret()
    {
        await using var factory = new IdocsWebApplicationFactory();
        var issued = await ApiTokens.IssueAsync(factory.Services, Guid.NewGuid(), ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        var created = await client.PostAsJsonAsync(Webhooks, new WebhookRequest("https://erp.example.kz/hook", [WebhookEvents.DocumentSigned]), Token);

        var listed = await client.GetFromJsonAsync<List<WebhookView>>(Webhooks, Token);

        Assert.StartsWith("whsec_", (await created.Content.ReadFromJsonAsync<WebhookView>(Token))!.Secret, StringComparison.Ordinal);
        Assert.Null(Assert.Single(listed!).Secret);
    }
}
