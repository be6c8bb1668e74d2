namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>Event types a company can subscribe a webhook to; the <c>type</c> member of every delivery.</summary>
public static class WebhookEvents
{
    public const string StatusChanged = "document.status_changed";

    public const string DocumentSigned = "document.signed";

    public const string DocumentRejected = "document.rejected";

    /// <summary>The counterparty received the document.</summary>
    public const string DocumentDelivered = "document.delivered";

    public static IReadOnlyList<string> All { get; } = [StatusChanged, DocumentSigned, DocumentRejected, DocumentDelivered];

    public static bool IsKnown(string eventType) => All.Contains(eventType, StringComparer.Ordinal);
}
