using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Documents.Billing;

/// <summary>
/// Connects external sending to billing: refuses a dispatch that the plan forbids, and queues the
/// metering of a dispatched document in the same transaction as the dispatch.
/// </summary>
public sealed class SendingBilling(ISendingBillingPort billing)
{
    /// <summary>Checks that billing allows the document's owner to send it; internal documents always pass.</summary>
    public Task<Result> CheckAsync(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Kind == DocumentKind.ExternalOutgoing
            ? billing.CheckSendingAsync(document.OwnerProfileId, cancellationToken)
            : Task.FromResult(Result.Success());
    }

    /// <summary>Queues one metering message for the dispatched document; the outbox delivers it after the commit.</summary>
    public static void QueueMetering(IDocumentUnitOfWork transaction, Document document, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(document);
        transaction.EnqueueMessage(MeteredDispatch.OutboxType, new MeteredDispatch(document.OwnerProfileId, document.Id, sentAt));
    }
}
