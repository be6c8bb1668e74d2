namespace Idocs.Storage.Integrations;

/// <summary>The outbox payload of one delivery: which webhook gets which event, with the event body already built.</summary>
public sealed record WebhookDeliveryPayload(Guid SubscriptionId, Guid ProfileId, Guid EventId, string EventType, string Body);
