using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Persistence.InMemory;

/// <summary>
/// Instance store in process memory for tests and tools. It keeps instances as JSON snapshots, so a
/// unit of work never shares objects with another, and it enforces the same compare-and-swap on
/// <see cref="WorkflowInstance.Version"/> and the same unique idempotency keys as a database would.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, StoredInstance> _instances = [];
    private readonly Dictionary<Guid, Guid> _bookmarkOwners = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly Dictionary<(string ActorId, string Key), IdempotencyRecord> _idempotencyRecords = [];
    private int _conflicts;

    /// <summary>Number of commits rejected with a conflict since the store was created.</summary>
    public int ConflictCount => Volatile.Read(ref _conflicts);

    public Task<IWorkflowUnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IWorkflowUnitOfWork>(new InMemoryWorkflowUnitOfWork(this));

    public Task<WorkflowInstance?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        Task.FromResult(ReadInstance(instanceId));

    public Task<IReadOnlyList<JournalEntry>> ListJournalAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            IReadOnlyList<JournalEntry> entries = _journal.Where(entry => entry.InstanceId == instanceId).ToList();
            return Task.FromResult(entries);
        }
    }

    public Task<IReadOnlyList<Bookmark>> ListOpenBookmarksAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        IReadOnlyList<Bookmark> bookmarks = AllInstances()
            .Where(instance => instance.Status != WorkflowInstanceStatus.Suspended)
            .SelectMany(instance => instance.OpenBookmarks)
            .Where(bookmark => bookmark.Gate.Admits(actor))
            .OrderBy(bookmark => bookmark.CreatedAt)
            .ToList();
        return Task.FromResult(bookmarks);
    }

    public Task<IReadOnlyList<Bookmark>> ListDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken)
    {
        IReadOnlyList<Bookmark> bookmarks = AllInstances()
            .SelectMany(instance => instance.OpenBookmarks)
            .Where(bookmark => bookmark.Kind == BookmarkKinds.Timer && bookmark.DueAt <= now)
            .OrderBy(bookmark => bookmark.DueAt)
            .Take(maxCount)
            .ToList();
        return Task.FromResult(bookmarks);
    }

    internal WorkflowInstance? ReadInstance(Guid instanceId)
    {
        string json;
        lock (_lock)
        {
            if (!_instances.TryGetValue(instanceId, out var stored))
            {
                return null;
            }

            json = stored.Json;
        }

        return JsonSerializer.Deserialize<WorkflowInstance>(json, WorkflowJson.Options);
    }

    internal Guid? FindInstanceIdByBookmark(Guid bookmarkId)
    {
        lock (_lock)
        {
            return _bookmarkOwners.TryGetValue(bookmarkId, out var instanceId) ? instanceId : null;
        }
    }

    internal IdempotencyRecord? FindIdempotencyRecord(string actorId, string key)
    {
        lock (_lock)
        {
            return _idempotencyRecords.GetValueOrDefault((actorId, key));
        }
    }

    internal Result Commit(StagedChanges changes)
    {
        var snapshots = changes.Instances
            .Select(staged => (staged.Instance, staged.ExpectedVersion, Json: JsonSerializer.Serialize(staged.Instance, WorkflowJson.Options)))
            .ToList();

        lock (_lock)
        {
            var conflict = FindConflict(changes);
            if (conflict is not null)
            {
                Interlocked.Increment(ref _conflicts);
                return Result.Failure(WorkflowErrorCodes.Conflict, conflict);
            }

            foreach (var (instance, _, json) in snapshots)
            {
                _instances[instance.Id] = new StoredInstance(instance.Version, json);
                foreach (var bookmark in instance.Bookmarks)
                {
                    _bookmarkOwners[bookmark.Id] = instance.Id;
                }
            }

            _journal.AddRange(changes.Journal);
            foreach (var record in changes.IdempotencyRecords)
            {
                _idempotencyRecords[(record.ActorId, record.Key)] = record;
            }
        }

        return Result.Success();
    }

    private string? FindConflict(StagedChanges changes)
    {
        foreach (var staged in changes.Instances)
        {
            var exists = _instances.TryGetValue(staged.Instance.Id, out var stored);
            if (staged.ExpectedVersion is null && exists)
            {
                return $"Instance {staged.Instance.Id} already exists.";
            }

            if (staged.ExpectedVersion is { } expected && (!exists || stored!.Version != expected))
            {
                return $"Instance {staged.Instance.Id} was changed concurrently: expected version {expected}, stored {stored?.Version}.";
            }
        }

        foreach (var record in changes.IdempotencyRecords)
        {
            if (_idempotencyRecords.ContainsKey((record.ActorId, record.Key)))
            {
                return $"Idempotency key '{record.Key}' of actor '{record.ActorId}' was used concurrently.";
            }
        }

        return null;
    }

    private List<WorkflowInstance> AllInstances()
    {
        List<string> snapshots;
        lock (_lock)
        {
            snapshots = _instances.Values.Select(stored => stored.Json).ToList();
        }

        return snapshots.Select(json => JsonSerializer.Deserialize<WorkflowInstance>(json, WorkflowJson.Options)!).ToList();
    }

    private sealed record StoredInstance(long Version, string Json);
}
