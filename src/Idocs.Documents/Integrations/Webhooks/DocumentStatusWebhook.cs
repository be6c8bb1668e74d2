using Idocs.Documents.Documents;
using Idocs.Documents.Integrations.OneC;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>
/// The <c>data</c> member of a document's status events, and which event types one status change
/// raises. A document uploaded from 1C also carries its 1C id and type code, so the module can
/// match the event without a lookup.
/// </summary>
public sealed record DocumentStatusWebhook(
    Guid DocumentId,
    string Kind,
    string Number,
    string Title,
    string PreviousStatus,
    string Status,
    string? RejectionReason,
    string? OneCId,
    string? OneCType)
{
    public static DocumentStatusWebhook From(Document document, DocumentStatus previous)
    {
        ArgumentNullException.ThrowIfNull(document);

        document.FreeFields.TryGetValue(OneCTypeMapping.OneCIdField, out var oneCId);
        document.FreeFields.TryGetValue(OneCTypeMapping.OneCTypeField, out var oneCType);
        return new DocumentStatusWebhook(
            document.Id,
            document.Kind.ToString(),
            document.Number,
            document.Title,
            previous.ToString(),
            document.Status.ToString(),
            document.RejectionReason,
            oneCId,
            oneCType);
    }

    /// <summary>
    /// Every change raises <see cref="WebhookEvents.StatusChanged"/>; reaching a signed status also
    /// raises <see cref="WebhookEvents.DocumentSigned"/>, a rejection <see cref="WebhookEvents.DocumentRejected"/>
    /// and the counterparty's receipt <see cref="WebhookEvents.DocumentDelivered"/>.
    /// </summary>
    public static IReadOnlyList<string> EventsFor(DocumentStatus previous, DocumentStatus current)
    {
        var events = new List<string> { WebhookEvents.StatusChanged };

        // Dispatch can move a document from "on signing" straight to "delivered" in one action;
        // it was signed on the way.
        var signedOnTheWay = current == DocumentStatus.Delivered && previous is DocumentStatus.OnSigning or DocumentStatus.OnApproval or DocumentStatus.Approved;
        if (current is DocumentStatus.SignedAndSent or DocumentStatus.SignedByAllParties || signedOnTheWay)
        {
            events.Add(WebhookEvents.DocumentSigned);
        }

        if (current == DocumentStatus.Rejected)
        {
            events.Add(WebhookEvents.DocumentRejected);
        }

        if (current == DocumentStatus.Delivered)
        {
            events.Add(WebhookEvents.DocumentDelivered);
        }

        return events;
    }
}
