using Idocs.Documents.UnitOfWork;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>A document with its route instance, read in one transaction with the instance locked first.</summary>
public sealed record LoadedRoute(WorkflowInstance Instance, Document Document)
{
    /// <summary>
    /// Locks the document's route instance and then reads the document, so that concurrent actions on
    /// the same document queue on the instance and each reads the document the previous one committed.
    /// </summary>
    public static async Task<Result<LoadedRoute>> LoadAsync(IDocumentUnitOfWork transaction, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);

        var instanceId = DocumentRouteLink.FindInstanceId(await transaction.Passport.ListAsync(documentId, cancellationToken));
        var instance = instanceId is { } id ? await transaction.Workflow.FindInstanceAsync(id, cancellationToken) : null;
        var document = await transaction.LockDocumentAsync(documentId, cancellationToken);
        if (document is null || document.IsDeleted)
        {
            return new Error(CommonErrorCodes.NotFound, $"Document {documentId} was not found.");
        }

        return instance is null
            ? new Error(FlowErrorCodes.NoActiveRoute, $"Document {documentId} has no route; start a route first.")
            : new LoadedRoute(instance, document);
    }
}
