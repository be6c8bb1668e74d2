namespace Idocs.Web.Api.Webhooks;

/// <summary>A webhook to register: an https URL and the event types it receives.</summary>
public sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events);
