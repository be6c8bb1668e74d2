using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Workflows.Persistence;

namespace Idocs.Documents.Flow;

/// <summary>
/// One database transaction of a document action: the route engine's unit of work and the document,
/// passport, link token and outbox stores bound to the same transaction. Nothing is visible to other
/// transactions before <see cref="CommitAsync"/>; disposing without a commit rolls everything back.
/// </summary>
/// <remarks>
/// Callers lock the route instance (<see cref="IWorkflowUnitOfWork.FindInstanceAsync"/>) before they
/// read the document, so two actions on one document queue on the instance row instead of racing.
/// </remarks>
public interface IDocumentTransaction : IAsyncDisposable
{
    IWorkflowUnitOfWork Workflow { get; }

    IDocumentStore Documents { get; }

    IPassportStore Passport { get; }

    ILinkTokenStore Links { get; }

    IDocumentOutbox Outbox { get; }

    /// <summary>
    /// Writes everything atomically. A concurrency conflict on the instance, a document version or a
    /// passport sequence returns <c>common.concurrency_conflict</c> or <c>workflows.conflict</c> and writes nothing.
    /// </summary>
    Task<Result> CommitAsync(CancellationToken cancellationToken);
}
