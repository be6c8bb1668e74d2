using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Persistence;

/// <summary>Instance persistence: units of work for commands, plus read-only queries.</summary>
public interface IWorkflowStore
{
    Task<IWorkflowUnitOfWork> BeginAsync(CancellationToken cancellationToken);

    /// <summary>Reads an instance without a transaction (for views and tests).</summary>
    Task<WorkflowInstance?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Lists an instance's journal in the order it was written.</summary>
    Task<IReadOnlyList<JournalEntry>> ListJournalAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Lists open bookmarks the actor may resume, oldest first (the actor's task list).</summary>
    Task<IReadOnlyList<Bookmark>> ListOpenBookmarksAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>
    /// Lists open timer bookmarks due at or before <paramref name="now"/>, oldest due first; the
    /// scheduler resumes them, also after a restart.
    /// </summary>
    Task<IReadOnlyList<Bookmark>> ListDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken);
}
