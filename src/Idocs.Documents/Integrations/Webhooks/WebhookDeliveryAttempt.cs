namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>One attempt to deliver an event to a webhook, as the Admin sees it in the delivery log.</summary>
public sealed record WebhookDeliveryAttempt(
    Guid Id,
    Guid SubscriptionId,
    Guid ProfileId,
    Guid EventId,
    string EventType,
    int Attempt,
    DateTimeOffset AttemptedAt,
    bool Succeeded,
    int? StatusCode,
    string? Error,
    int DurationMilliseconds);
