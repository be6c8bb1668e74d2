using Idocs.Common.Results;
using Idocs.Storage.Persistence;
using Idocs.Workflows;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Idocs.Storage.Workflows;

/// <summary>
/// One database transaction of the engine over a <see cref="IdocsDbContext"/> of its own. Callers
/// that extend the transaction (document state, passport events, outbox rows) add their entities to
/// <see cref="DbContext"/>; they are saved by <see cref="CommitAsync"/> with the engine's writes.
/// </summary>
/// <remarks>
/// On PostgreSQL <see cref="FindInstanceAsync"/> locks the instance row (<c>FOR UPDATE</c>), so
/// concurrent resumes of one instance queue. The update of an instance row checks its
/// <c>instance_version</c> against the version it was read with, on both providers.
/// </remarks>
public sealed class EntityFrameworkWorkflowUnitOfWork : IWorkflowUnitOfWork
{
    private readonly Dictionary<Guid, TrackedInstance> _instances = [];
    private IDbContextTransaction? _transaction;
    private bool _committed;

    private EntityFrameworkWorkflowUnitOfWork(IdocsDbContext dbContext) => DbContext = dbContext;

    /// <summary>The context whose transaction this unit of work is; add the caller's own writes here.</summary>
    public IdocsDbContext DbContext { get; }

    internal static async Task<EntityFrameworkWorkflowUnitOfWork> BeginAsync(IdocsDbContext dbContext, CancellationToken cancellationToken)
    {
        var unitOfWork = new EntityFrameworkWorkflowUnitOfWork(dbContext);
        unitOfWork._transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
        return unitOfWork;
    }

    public async Task<WorkflowInstance?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (_instances.TryGetValue(instanceId, out var tracked))
        {
            return tracked.Instance;
        }

        var row = await LoadRowAsync(instanceId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var instance = WorkflowRowMapper.ToInstance(row);
        _instances[instanceId] = new TrackedInstance(instance) { Row = row };
        return instance;
    }

    public async Task<Guid?> FindInstanceIdByBookmarkAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        foreach (var tracked in _instances.Values)
        {
            if (tracked.Instance.FindBookmark(bookmarkId) is not null)
            {
                return tracked.Instance.Id;
            }
        }

        var owner = await DbContext.Set<WorkflowBookmarkRow>().AsNoTracking()
            .Where(row => row.Id == bookmarkId)
            .Select(row => (Guid?)row.InstanceId)
            .FirstOrDefaultAsync(cancellationToken);
        return owner;
    }

    public async Task<IdempotencyRecord?> FindIdempotencyRecordAsync(string actorId, string key, CancellationToken cancellationToken)
    {
        var row = await DbContext.Set<WorkflowIdempotencyRow>().AsNoTracking()
            .FirstOrDefaultAsync(candidate => candidate.ActorId == actorId && candidate.Key == key, cancellationToken);
        return row is null ? null : WorkflowRowMapper.ToRecord(row);
    }

    public void AddInstance(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        _instances[instance.Id] = new TrackedInstance(instance) { IsNew = true, IsStaged = true };
    }

    public void UpdateInstance(WorkflowInstance instance, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!_instances.TryGetValue(instance.Id, out var tracked))
        {
            tracked = new TrackedInstance(instance);
            _instances[instance.Id] = tracked;
        }

        tracked.Instance = instance;
        if (!tracked.IsStaged)
        {
            tracked.IsStaged = true;
            tracked.ExpectedVersion = expectedVersion;
        }
    }

    public void AppendJournal(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        DbContext.Set<WorkflowJournalRow>().Add(WorkflowRowMapper.ToRow(entry));
    }

    public void AddIdempotencyRecord(IdempotencyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        DbContext.Set<WorkflowIdempotencyRow>().Add(WorkflowRowMapper.ToRow(record));
    }

    public async Task<Result> CommitAsync(CancellationToken cancellationToken)
    {
        if (_committed)
        {
            throw new InvalidOperationException("The unit of work was already committed; begin a new one.");
        }

        _committed = true;
        var staged = await StageRowsAsync(cancellationToken);
        if (!staged.IsSuccess)
        {
            await RollbackAsync();
            return staged;
        }

        var saved = await DbContext.TrySaveChangesAsync(cancellationToken);
        if (saved.IsSuccess)
        {
            saved = await _transaction!.TryCommitAsync(cancellationToken);
        }

        if (saved.IsSuccess)
        {
            return saved;
        }

        await RollbackAsync();
        return saved.Error.Code == StorageErrorCodes.ForeignKeyViolation
            ? saved
            : Result.Failure(WorkflowErrorCodes.Conflict, $"The workflow transaction conflicted with a concurrent one and wrote nothing: {saved.Error.Message}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await DbContext.DisposeAsync();
    }

    private async Task<WorkflowInstanceRow?> LoadRowAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var rows = DbContext.Set<WorkflowInstanceRow>();
        if (DbContext.Database.IsNpgsql())
        {
            var locked = await rows.FromSql($"SELECT * FROM workflow_instances WHERE id = {instanceId} FOR UPDATE").ToListAsync(cancellationToken);
            return locked.Count == 0 ? null : locked[0];
        }

        return await rows.FirstOrDefaultAsync(row => row.Id == instanceId, cancellationToken);
    }

    private async Task<Result> StageRowsAsync(CancellationToken cancellationToken)
    {
        foreach (var tracked in _instances.Values.Where(candidate => candidate.IsStaged))
        {
            var instance = tracked.Instance;
            if (tracked.IsNew)
            {
                DbContext.Set<WorkflowInstanceRow>().Add(WorkflowRowMapper.ToRow(instance));
                DbContext.Set<WorkflowBookmarkRow>().AddRange(instance.Bookmarks.Select(WorkflowRowMapper.ToRow));
                continue;
            }

            var row = tracked.Row ?? await LoadRowAsync(instance.Id, cancellationToken);
            if (row is null)
            {
                return Result.Failure(WorkflowErrorCodes.Conflict, $"Instance {instance.Id} was deleted concurrently.");
            }

            WorkflowRowMapper.CopyTo(instance, row);
            DbContext.Entry(row).Property(candidate => candidate.InstanceVersion).OriginalValue = tracked.ExpectedVersion;
            await StageBookmarksAsync(instance, cancellationToken);
        }

        return Result.Success();
    }

    private async Task StageBookmarksAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var stored = await DbContext.Set<WorkflowBookmarkRow>()
            .Where(row => row.InstanceId == instance.Id)
            .ToDictionaryAsync(row => row.Id, cancellationToken);
        foreach (var bookmark in instance.Bookmarks)
        {
            if (stored.Remove(bookmark.Id, out var row))
            {
                WorkflowRowMapper.CopyTo(bookmark, row);
            }
            else
            {
                DbContext.Set<WorkflowBookmarkRow>().Add(WorkflowRowMapper.ToRow(bookmark));
            }
        }

        DbContext.Set<WorkflowBookmarkRow>().RemoveRange(stored.Values);
    }

    private async Task RollbackAsync()
    {
        DbContext.ChangeTracker.Clear();
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(CancellationToken.None);
        }
    }

    private sealed class TrackedInstance(WorkflowInstance instance)
    {
        public WorkflowInstance Instance { get; set; } = instance;

        public WorkflowInstanceRow? Row { get; init; }

        public bool IsNew { get; init; }

        public bool IsStaged { get; set; }

        public long ExpectedVersion { get; set; }
    }
}
