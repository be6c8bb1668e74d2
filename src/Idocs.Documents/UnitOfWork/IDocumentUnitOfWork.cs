using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Folders;
using Idocs.Documents.LinkAccess;
using Idocs.Documents.Passport;
using Idocs.Workflows.Persistence;

namespace Idocs.Documents.UnitOfWork;

/// <summary>
/// One user action as one database transaction: lock or load the document, change it, resume the
/// route, append passport events and queue messages, then <see cref="CommitAsync"/>. Every store
/// of this unit of work writes into the same transaction, and so does <see cref="Workflow"/>, the
/// engine's side of it; disposing without a commit rolls all of it back.
/// </summary>
/// <remarks>
/// The stores save as they are called, inside the open transaction, so
/// <see cref="IDocumentStore.UpdateAsync"/> reports a version conflict at once. After any failed
/// call the caller disposes the unit of work without committing.
/// Tenant rules apply as outside a unit of work: reads see the current profile's rows only.
/// </remarks>
public interface IDocumentUnitOfWork : IAsyncDisposable
{
    IDocumentStore Documents { get; }

    IPassportStore Passport { get; }

    ILinkTokenStore LinkTokens { get; }

    IFolderStore Folders { get; }

    /// <summary>
    /// The route engine's unit of work on the same transaction; pass it to
    /// <c>WorkflowResumer.ResumeInAsync</c> or <c>WorkflowEngine.StartInAsync</c>. Do not commit it
    /// directly: <see cref="CommitAsync"/> commits both.
    /// </summary>
    IWorkflowUnitOfWork Workflow { get; }

    /// <summary>
    /// Loads a document of the current profile and, on PostgreSQL, locks its row until the commit
    /// (<c>SELECT ... FOR UPDATE</c>), so concurrent actions on one document queue instead of
    /// conflicting. On SQLite the transaction already holds the database's write lock. Returns null
    /// for an unknown id or another profile's document.
    /// </summary>
    Task<Document?> LockDocumentAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds an outbox message (for example a notification email) that is written with this
    /// transaction and delivered after the commit by the handler registered for <paramref name="type"/>.
    /// </summary>
    void EnqueueMessage<TPayload>(string type, TPayload payload);

    /// <summary>
    /// Writes everything and commits, or writes nothing and returns
    /// <c>common.concurrency_conflict</c> when a concurrent transaction changed the same rows.
    /// </summary>
    Task<Result> CommitAsync(CancellationToken cancellationToken);
}
