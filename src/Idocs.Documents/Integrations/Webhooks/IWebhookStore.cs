namespace Idocs.Documents.Integrations.Webhooks;

public interface IWebhookStore
{
    void Add(WebhookSubscription subscription);

    Task<WebhookSubscription?> FindAsync(Guid profileId, Guid subscriptionId, CancellationToken cancellationToken);

    /// <summary>Active subscriptions of <paramref name="profileId"/>, oldest first.</summary>
    Task<IReadOnlyList<WebhookSubscription>> ListActiveAsync(Guid profileId, CancellationToken cancellationToken);

    /// <summary>Delivery attempts of the company's webhooks, newest first.</summary>
    Task<IReadOnlyList<WebhookDeliveryAttempt>> ListAttemptsAsync(Guid profileId, int limit, CancellationToken cancellationToken);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
