namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>
/// Queues an event for every active webhook of the company that subscribed to its type. The
/// deliveries are outbox rows: they are written by the caller's next save, in the same transaction
/// as the state change, and sent after it commits.
/// </summary>
public interface IWebhookPublisher
{
    /// <summary>Returns how many deliveries were queued.</summary>
    Task<int> PublishAsync(Guid profileId, string eventType, object data, CancellationToken cancellationToken);
}
