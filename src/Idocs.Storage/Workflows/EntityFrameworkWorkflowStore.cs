using Idocs.Storage.Persistence;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Workflows;

/// <summary>
/// Workflow instances in the relational store. Each unit of work and each query opens a context of
/// its own, so commands running in parallel never share a change tracker.
/// </summary>
public sealed class EntityFrameworkWorkflowStore(DbContextOptions<IdocsDbContext> options) : IWorkflowStore
{
    public async Task<IWorkflowUnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        await BeginUnitOfWorkAsync(cancellationToken);

    /// <summary>Begins a unit of work typed as the EF one, for callers that add their own entities to its context.</summary>
    public Task<EntityFrameworkWorkflowUnitOfWork> BeginUnitOfWorkAsync(CancellationToken cancellationToken) =>
        EntityFrameworkWorkflowUnitOfWork.BeginAsync(new IdocsDbContext(options), cancellationToken);

    public async Task<WorkflowInstance?> GetInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var row = await context.Set<WorkflowInstanceRow>().AsNoTracking().FirstOrDefaultAsync(candidate => candidate.Id == instanceId, cancellationToken);
        return row is null ? null : WorkflowRowMapper.ToInstance(row);
    }

    public async Task<IReadOnlyList<JournalEntry>> ListJournalAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var rows = await context.Set<WorkflowJournalRow>().AsNoTracking()
            .Where(row => row.InstanceId == instanceId)
            .OrderBy(row => row.Position)
            .ToListAsync(cancellationToken);
        return rows.Select(WorkflowRowMapper.ToEntry).ToList();
    }

    public async Task<IReadOnlyList<Bookmark>> ListOpenBookmarksAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = new IdocsDbContext(options);
        var open = BookmarkStatus.Open.ToString();
        var suspended = WorkflowInstanceStatus.Suspended.ToString();

        // NOTE: the gate is checked in memory after every open bookmark is loaded. The gate columns
        // exist so that this filter can move into SQL when task lists grow.
        var rows = await context.Set<WorkflowBookmarkRow>().AsNoTracking()
            .Where(row => row.Status == open)
            .Where(row => context.Set<WorkflowInstanceRow>().Any(instance => instance.Id == row.InstanceId && instance.Status != suspended))
            .OrderBy(row => row.CreatedAt)
            .ToListAsync(cancellationToken);
        return rows.Select(WorkflowRowMapper.ToBookmark).Where(bookmark => bookmark.Gate.Admits(actor)).ToList();
    }

    public async Task<IReadOnlyList<Bookmark>> ListDueTimersAsync(DateTimeOffset now, int maxCount, CancellationToken cancellationToken)
    {
        await using var context = new IdocsDbContext(options);
        var open = BookmarkStatus.Open.ToString();
        var rows = await context.Set<WorkflowBookmarkRow>().AsNoTracking()
            .Where(row => row.Status == open && row.Kind == BookmarkKinds.Timer && row.DueAt <= now)
            .OrderBy(row => row.DueAt)
            .Take(maxCount)
            .ToListAsync(cancellationToken);
        return rows.Select(WorkflowRowMapper.ToBookmark).ToList();
    }
}
