using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;
using Idocs.Documents.UnitOfWork;

namespace Idocs.Documents.Flow;

/// <summary>
/// Tells a company's integrations (its webhooks) that a document changed status. Called inside the
/// action's transaction: what the implementation queues must go through
/// <see cref="IDocumentUnitOfWork.EnqueueMessage{TPayload}"/>, so it commits or rolls back with the change.
/// </summary>
public interface IDocumentStatusEvents
{
    Task PublishAsync(IDocumentUnitOfWork transaction, Document document, DocumentStatus previous, CancellationToken cancellationToken);
}
