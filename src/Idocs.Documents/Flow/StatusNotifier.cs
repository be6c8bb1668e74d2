using System.Globalization;
using Idocs.Documents.UnitOfWork;
using Idocs.Documents.Documents;
using Idocs.Documents.Notifications.Settings;
using Idocs.Documents.Statuses;

namespace Idocs.Documents.Flow;

/// <summary>
/// Queues the status-change emails of a document in its transaction, one per subscribed person,
/// and the company's status events for its integrations (<see cref="IDocumentStatusEvents"/>).
/// The author of an outgoing or internal document is told about every status they subscribed to.
/// Every status change of a document action passes here, so this is where integrations hear of it.
/// </summary>
/// <remarks>
/// NOTE: an incoming copy keeps the sender's author id, so nobody on the receiving side gets status
/// mail for it yet; the receiving profile's own address gets the "incoming received" mail at dispatch.
/// </remarks>
public sealed class StatusNotifier(ISubscriberPort subscribers, IEnumerable<IDocumentStatusEvents> integrations)
{
    public async Task NotifyAsync(IDocumentUnitOfWork transaction, Document document, DocumentStatus previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(document);

        if (document.Status == previous)
        {
            return;
        }

        foreach (var integration in integrations)
        {
            await integration.PublishAsync(transaction, document, previous, cancellationToken);
        }

        if (document.Kind == DocumentKind.ExternalIncoming)
        {
            return;
        }

        var statusEvent = EventOf(document.Status);
        if (statusEvent is null)
        {
            return;
        }

        var recipient = await subscribers.FindAsync(document.AuthorId, statusEvent.Value, cancellationToken);
        if (recipient is null)
        {
            return;
        }

        transaction.EnqueueMessage(DocumentMail.OutboxType, new DocumentMail
        {
            Template = DocumentMailTemplate.StatusChanged,
            DocumentId = document.Id,
            RecipientEmail = recipient.Email,
            RecipientName = recipient.Name,
            Language = recipient.Language,
            Values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [DocumentMailValues.Title] = document.Title,
                [DocumentMailValues.Number] = document.Number,
                [DocumentMailValues.Status] = document.Status.ToString(),
                [DocumentMailValues.Reason] = document.RejectionReason ?? string.Empty,
                [DocumentMailValues.Date] = document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
        });
    }

    public static DocumentStatusEvent? EventOf(DocumentStatus status) => status switch
    {
        DocumentStatus.OnApproval => DocumentStatusEvent.SentForApproval,
        DocumentStatus.Approved => DocumentStatusEvent.Approved,
        DocumentStatus.OnSigning => DocumentStatusEvent.SentForSigning,
        DocumentStatus.SignedAndSent => DocumentStatusEvent.SignedAndSent,
        DocumentStatus.Delivered => DocumentStatusEvent.ReceivedByCounterparty,
        DocumentStatus.ViewedByCounterparty => DocumentStatusEvent.ViewedByCounterparty,
        DocumentStatus.SignedByAllParties => DocumentStatusEvent.SignedByAllParties,
        DocumentStatus.Rejected => DocumentStatusEvent.Rejected,
        DocumentStatus.Revoked => DocumentStatusEvent.Revoked,
        _ => null,
    };
}
