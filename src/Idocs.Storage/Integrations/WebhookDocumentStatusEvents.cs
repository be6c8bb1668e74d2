using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Integrations.Webhooks;
using Idocs.Documents.Statuses;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Storage.Integrations;

/// <summary>
/// Queues the webhook deliveries of a document's status change into the document action's own
/// transaction, so a rolled-back action sends nothing and a committed one cannot lose its events.
/// The owner's subscriptions are read outside that transaction; a webhook registered while the
/// action runs may miss this one event.
/// </summary>
public sealed class WebhookDocumentStatusEvents(IWebhookStore store, TimeProvider clock) : IDocumentStatusEvents
{
    public async Task PublishAsync(IDocumentUnitOfWork transaction, Document document, DocumentStatus previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(document);

        var data = DocumentStatusWebhook.From(document, previous);
        foreach (var eventType in DocumentStatusWebhook.EventsFor(previous, document.Status))
        {
            await OutboxWebhookPublisher.QueueAsync(
                store,
                clock,
                document.OwnerProfileId,
                eventType,
                data,
                payload => transaction.EnqueueMessage(OutboxWebhookPublisher.MessageType, payload),
                cancellationToken).ConfigureAwait(false);
        }
    }
}
