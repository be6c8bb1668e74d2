using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Idocs.Common.Ids;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Storage.Outbox;

namespace Idocs.Storage.Integrations;

public sealed class OutboxWebhookPublisher(IWebhookStore store, IOutbox outbox, TimeProvider clock) : IWebhookPublisher
{
    public const string MessageType = "webhooks.deliver";

    private static readonly JsonSerializerOptions BodyJsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public Task<int> PublishAsync(Guid profileId, string eventType, object data, CancellationToken cancellationToken) =>
        QueueAsync(store, clock, profileId, eventType, data, payload => outbox.Enqueue(MessageType, payload), cancellationToken);

    /// <summary>
    /// Builds the event body once and hands one delivery per listening webhook to <paramref name="enqueue"/>,
    /// which adds it to the caller's transaction. Returns how many deliveries were queued.
    /// </summary>
    internal static async Task<int> QueueAsync(
        IWebhookStore store, TimeProvider clock, Guid profileId, string eventType, object data, Action<WebhookDeliveryPayload> enqueue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!WebhookEvents.IsKnown(eventType))
        {
            throw new ArgumentException($"Webhook event type '{eventType}' is not one of {string.Join(", ", WebhookEvents.All)}.", nameof(eventType));
        }

        var subscriptions = await store.ListActiveAsync(profileId, cancellationToken).ConfigureAwait(false);
        var listening = subscriptions.Where(subscription => subscription.Listens(eventType)).ToList();
        if (listening.Count == 0)
        {
            return 0;
        }

        // One event id for every receiver, so a company with two webhooks can match the deliveries.
        var eventId = IdGenerator.NewId(clock);
        var body = JsonSerializer.Serialize(
            new { id = eventId, type = eventType, occurredAt = clock.GetUtcNow(), profileId, data },
            BodyJsonOptions);
        foreach (var subscription in listening)
        {
            enqueue(new WebhookDeliveryPayload(subscription.Id, profileId, eventId, eventType, body));
        }

        return listening.Count;
    }
}
