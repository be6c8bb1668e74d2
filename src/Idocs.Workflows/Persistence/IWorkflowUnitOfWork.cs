using Idocs.Common.Results;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Persistence;

/// <summary>
/// One database transaction of the engine. The engine reads and stages its writes through it; the
/// caller may add its own writes to the same transaction (document state, passport events, outbox
/// rows) before <see cref="CommitAsync"/>. Disposing without committing rolls everything back.
/// </summary>
/// <remarks>
/// Concurrency contract: <see cref="UpdateInstance"/> states the version the instance had when it
/// was read. <see cref="CommitAsync"/> writes nothing and returns <see cref="WorkflowErrorCodes.Conflict"/>
/// when any staged instance's stored version differs from that expected version, when an added
/// instance id already exists, or when an idempotency record with the same (actor, key) exists.
/// A relational implementation may also lock the instance row in <see cref="FindInstanceAsync"/>
/// (<c>SELECT ... FOR UPDATE</c>) so that concurrent resumes queue instead of conflicting.
/// </remarks>
public interface IWorkflowUnitOfWork : IAsyncDisposable
{
    /// <summary>
    /// Loads an instance with its executions, bookmarks and incidents, or null. Within one unit of work
    /// the same id returns the same object (an identity map), so several commands, such as the 100
    /// resumes of a mass action, can run in one transaction.
    /// </summary>
    Task<WorkflowInstance?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Returns the id of the instance that owns the bookmark (open or closed, also one staged in this unit of work), or null.</summary>
    Task<Guid?> FindInstanceIdByBookmarkAsync(Guid bookmarkId, CancellationToken cancellationToken);

    Task<IdempotencyRecord?> FindIdempotencyRecordAsync(string actorId, string key, CancellationToken cancellationToken);

    /// <summary>Stages a new instance; its <see cref="WorkflowInstance.Version"/> is the first version.</summary>
    void AddInstance(WorkflowInstance instance);

    /// <summary>
    /// Stages the instance's new state. <see cref="WorkflowInstance.Version"/> already contains the new
    /// version; <paramref name="expectedVersion"/> is the version it was read with. Staging the same
    /// instance again keeps the expected version of the first call.
    /// </summary>
    void UpdateInstance(WorkflowInstance instance, long expectedVersion);

    void AppendJournal(JournalEntry entry);

    void AddIdempotencyRecord(IdempotencyRecord record);

    /// <summary>Writes everything staged atomically, or nothing with a <see cref="WorkflowErrorCodes.Conflict"/> error.</summary>
    Task<Result> CommitAsync(CancellationToken cancellationToken);
}
