using Idocs.Common.Results;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Persistence.InMemory;

/// <summary>A unit of work of <see cref="InMemoryWorkflowStore"/>: reads snapshots, stages writes, commits atomically.</summary>
public sealed class InMemoryWorkflowUnitOfWork : IWorkflowUnitOfWork
{
    private readonly InMemoryWorkflowStore _store;
    private readonly StagedChanges _changes = new();
    private readonly Dictionary<Guid, WorkflowInstance> _loaded = [];
    private readonly List<Action> _afterCommit = [];
    private bool _committed;

    internal InMemoryWorkflowUnitOfWork(InMemoryWorkflowStore store) => _store = store;

    public Task<WorkflowInstance?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (!_loaded.TryGetValue(instanceId, out var instance))
        {
            instance = _store.ReadInstance(instanceId);
            if (instance is not null)
            {
                _loaded[instanceId] = instance;
            }
        }

        return Task.FromResult(instance);
    }

    public Task<Guid?> FindInstanceIdByBookmarkAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var staged = _loaded.Values.FirstOrDefault(instance => instance.FindBookmark(bookmarkId) is not null);
        return Task.FromResult(staged?.Id ?? _store.FindInstanceIdByBookmark(bookmarkId));
    }

    public Task<IdempotencyRecord?> FindIdempotencyRecordAsync(string actorId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_store.FindIdempotencyRecord(actorId, key));

    public void AddInstance(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        _loaded[instance.Id] = instance;
        _changes.Stage(instance, expectedVersion: null);
    }

    public void UpdateInstance(WorkflowInstance instance, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(instance);
        _loaded[instance.Id] = instance;
        _changes.Stage(instance, expectedVersion);
    }

    public void AppendJournal(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _changes.Journal.Add(entry);
    }

    public void AddIdempotencyRecord(IdempotencyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _changes.IdempotencyRecords.Add(record);
    }

    public Task<Result> CommitAsync(CancellationToken cancellationToken)
    {
        if (_committed)
        {
            throw new InvalidOperationException("The unit of work was already committed; begin a new one.");
        }

        _committed = true;
        var committed = _store.Commit(_changes);
        if (committed.IsSuccess)
        {
            foreach (var action in _afterCommit)
            {
                action();
            }
        }

        return Task.FromResult(committed);
    }

    /// <summary>
    /// Runs <paramref name="action"/> once this unit of work has committed, and never when it rolls
    /// back or conflicts; in-memory stand-ins for outbox rows use it.
    /// </summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _afterCommit.Add(action);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
