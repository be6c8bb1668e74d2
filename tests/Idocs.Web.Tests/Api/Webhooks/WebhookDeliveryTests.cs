using System.Net.Http.Json;
using System.Text.Json;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Storage.Persistence;
using Idocs.Web.Api.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Web.Tests.Api.Webhooks;

public sealed class WebhookDeliveryTests
{
    private static readonly Dictionary<string, string?> FastOutbox = new()
    {
        ["Webhooks:AllowLoopback"] = "true",
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Outbox:BaseBackoff"] = "00:00:00.200",
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_ReceiverFailsOnce_RetriesSignedEvent()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        await using var factory = new IdocsWebApplicationFactory(FastOutbox);
        var profileId = Guid.NewGuid();
        var issued = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        var created = await client.PostAsJsonAsync(
            "/api/v1/webhooks", new WebhookRequest(receiver.Url.AbsoluteUri, [WebhookEvents.DocumentSigned]), Token);
        receiver.Secret = (await created.Content.ReadFromJsonAsync<WebhookView>(Token))!.Secret!;
        var documentId = Guid.NewGuid();

        await PublishAsync(factory.Services, profileId, WebhookEvents.DocumentSigned, new { documentId, status = "SignedByAllParties" });
        var body = await WaitForDeliveryAsync(receiver);

        using var json = JsonDocument.Parse(body);
        Assert.Equal(WebhookEvents.DocumentSigned, json.RootElement.GetProperty("type").GetString());
        Assert.Equal(documentId, json.RootElement.GetProperty("data").GetProperty("documentId").GetGuid());
        Assert.Equal(0, receiver.BadSignatures);
        var log = await WaitForAttemptsAsync(client, count: 2);
        Assert.Equal([(2, true, 204), (1, false, 500)], log!.Select(attempt => (attempt.Attempt, attempt.Succeeded, attempt.StatusCode ?? 0)));
    }

    [Fact]
    public async Task Publish_EventNotSubscribed_QueuesNothing()
    {
        await using var factory = new IdocsWebApplicationFactory(FastOutbox);
        var profileId = Guid.NewGuid();
        var issued = await ApiTokens.IssueAsync(factory.Services, profileId, ApiScopes.WebhooksManage);
        using var client = factory.CreateClient().Authorize(issued.Secret);
        await client.PostAsJsonAsync("/api/v1/webhooks", new WebhookRequest("http://127.0.0.1:9/hook", [WebhookEvents.DocumentSigned]), Token);

        var queued = await PublishAsync(factory.Services, profileId, WebhookEvents.DocumentRejected, new { documentId = Guid.NewGuid() });

        Assert.Equal(0, queued);
    }

    private static async Task<int> PublishAsync(IServiceProvider services, Guid profileId, string eventType, object data)
    {
        await using var scope = services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<IWebhookPublisher>().PublishAsync(profileId, eventType, data, Token);
        await scope.ServiceProvider.GetRequiredService<IdocsDbContext>().SaveChangesAsync(Token);
        return queued;
    }

    /// <summary>Reads the delivery log until it has <paramref name="count"/> rows, because the handler logs after the receiver responded.</summary>
    private static async Task<List<WebhookDeliveryAttempt>> WaitForAttemptsAsync(HttpClient client, int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        List<WebhookDeliveryAttempt> log;
        do
        {
            log = (await client.GetFromJsonAsync<List<WebhookDeliveryAttempt>>("/api/v1/webhooks/deliveries", Token))!;
            if (log.Count >= count)
            {
                break;
            }

            await Task.Delay(50, Token);
        }
        while (DateTimeOffset.UtcNow < deadline);

        return log;
    }

    private static async Task<string> WaitForDeliveryAsync(WebhookReceiver receiver)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (receiver.VerifiedBodies.TryDequeue(out var body))
            {
                return body;
            }

            await Task.Delay(50, Token);
        }

        Assert.Fail($"No verified delivery within 20 s; the receiver got {receiver.Received} request(s), {receiver.BadSignatures} with a bad signature.");
        return string.Empty;
    }
}
