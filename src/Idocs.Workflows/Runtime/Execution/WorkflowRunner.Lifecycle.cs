using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Definitions;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Runtime.Execution;

/// <summary>Joins, termination, cancellation, retries and sub-process hand-over.</summary>
internal sealed partial class WorkflowRunner
{
    public async Task CancelAsync(WorkflowSession session, TrackedInstance tracked, Actor actor, string reason, CancellationToken cancellationToken)
    {
        session.Journal(tracked.Instance, JournalEvent.InstanceCancelled, actor, message: reason);
        await TerminateAsync(session, tracked, WorkflowInstanceStatus.Cancelled, null, actor, cancellationToken);
        await NotifyParentAsync(session, tracked, cancellationToken);
    }

    public async Task<Result> RetryAsync(WorkflowSession session, TrackedInstance tracked, Incident incident, Actor actor, CancellationToken cancellationToken)
    {
        var instance = tracked.Instance;
        var execution = instance.Executions.Find(candidate => candidate.Id == incident.ExecutionId && candidate.Status == ActivityExecutionStatus.Faulted);
        if (execution is null)
        {
            return Result.Failure(
                WorkflowErrorCodes.InvalidInstanceState, $"Incident {incident.Id} has no faulted step left in instance {instance.Id}.");
        }

        instance.Executions.Remove(execution);
        incident.ResolvedAt = session.Now;
        if (instance.Status == WorkflowInstanceStatus.Faulted && instance.Incidents.TrueForAll(open => open.ResolvedAt is not null))
        {
            instance.Status = WorkflowInstanceStatus.Running;
        }

        session.Journal(instance, JournalEvent.IncidentRetried, actor, execution.ActivityId, message: $"attempt {incident.Attempts + 1}");
        var queue = new Queue<WorkItem>([new WorkItem(execution.ActivityId, execution.Scopes, incident.Id)]);
        await RunAsync(session, tracked, queue, actor, cancellationToken);
        return Result.Success();
    }

    private static JoinArrival PrepareJoin(TrackedInstance tracked, WorkItem item, ActivityDefinition activity, ActivityExecution arriving)
    {
        var instance = tracked.Instance;
        var forkId = activity.Inputs.TryGetValue("fork", out var fork) ? fork.GetString() : null;
        var index = item.Scopes.ToList().FindLastIndex(scope => scope.ForkActivityId == forkId);
        if (index < 0)
        {
            return new JoinArrival(arriving, Fault: $"Join '{activity.Id}' was reached by a path that did not pass its Fork '{forkId}'.");
        }

        var frame = item.Scopes[index];
        if (instance.ClosedScopes.Contains(frame.ScopeId))
        {
            return new JoinArrival(arriving, Dropped: true);
        }

        var execution = instance.Executions.Find(candidate =>
            candidate.ActivityId == activity.Id
            && candidate.Status == ActivityExecutionStatus.Joining
            && candidate.State?.Deserialize<JoinState>(WorkflowJson.Options)?.ScopeId == frame.ScopeId);
        execution ??= new ActivityExecution
        {
            Id = arriving.Id,
            ActivityId = activity.Id,
            ActivityType = activity.Type,
            Status = ActivityExecutionStatus.Joining,
            Scopes = item.Scopes.Take(index).ToList(),
            StartedAt = arriving.StartedAt,
        };

        var arrived = execution.State?.Deserialize<JoinState>(WorkflowJson.Options)?.ArrivedBranches ?? [];
        var state = new JoinState(frame.ScopeId, frame.BranchCount, arrived.Append(frame.Branch).Distinct().Order().ToList());
        execution.State = JsonSerializer.SerializeToElement(state, WorkflowJson.Options);
        return new JoinArrival(execution);
    }

    /// <summary>Closes a merged Fork scope: paths still running in it (left by an any-of Join) are cancelled.</summary>
    private async Task CloseScopeAsync(
        WorkflowSession session, TrackedInstance tracked, ActivityExecution join, Queue<WorkItem> queue, Actor actor, CancellationToken cancellationToken)
    {
        var instance = tracked.Instance;
        var scopeId = join.State!.Value.Deserialize<JoinState>(WorkflowJson.Options)!.ScopeId;
        instance.ClosedScopes.Add(scopeId);

        var inside = instance.Executions.Where(execution => execution.Scopes.Any(scope => scope.ScopeId == scopeId)).ToList();
        foreach (var execution in inside)
        {
            instance.Executions.Remove(execution);
            await CancelBookmarksAsync(session, tracked, execution.Id, actor, $"closed by Join '{join.ActivityId}'", cancellationToken);
            ResolveIncidents(instance, execution.Id, session.Now);
        }

        var remaining = queue.Where(item => item.Scopes.All(scope => scope.ScopeId != scopeId)).ToList();
        queue.Clear();
        foreach (var item in remaining)
        {
            queue.Enqueue(item);
        }

        if (instance.Status == WorkflowInstanceStatus.Faulted && instance.Incidents.TrueForAll(incident => incident.ResolvedAt is not null))
        {
            instance.Status = WorkflowInstanceStatus.Running;
        }
    }

    private async Task TerminateAsync(
        WorkflowSession session, TrackedInstance tracked, WorkflowInstanceStatus status, string? result, Actor actor, CancellationToken cancellationToken)
    {
        var instance = tracked.Instance;
        var executions = instance.Executions.ToList();
        instance.Executions.Clear();
        foreach (var execution in executions)
        {
            await CancelBookmarksAsync(session, tracked, execution.Id, actor, "instance ended", cancellationToken);
            ResolveIncidents(instance, execution.Id, session.Now);
        }

        Finish(session, tracked, status, result, actor);
    }

    private static void Finish(WorkflowSession session, TrackedInstance tracked, WorkflowInstanceStatus status, string? result, Actor actor)
    {
        var instance = tracked.Instance;
        instance.Status = status;
        instance.Result = result;
        instance.FinishedAt = session.Now;
        if (status == WorkflowInstanceStatus.Completed)
        {
            session.Journal(instance, JournalEvent.InstanceCompleted, actor, outcome: result);
        }
    }

    private async Task CancelBookmarksAsync(
        WorkflowSession session, TrackedInstance tracked, Guid executionId, Actor actor, string reason, CancellationToken cancellationToken)
    {
        var instance = tracked.Instance;
        foreach (var bookmark in instance.OpenBookmarks.Where(bookmark => bookmark.ExecutionId == executionId).ToList())
        {
            bookmark.Status = BookmarkStatus.Cancelled;
            bookmark.ClosedAt = session.Now;
            session.Journal(instance, JournalEvent.BookmarkCancelled, actor, bookmark.ActivityId, bookmarkId: bookmark.Id, message: reason);
            if (bookmark.Kind == BookmarkKinds.SubProcess && ChildInstanceId(bookmark) is { } childId)
            {
                await CancelChildAsync(session, childId, actor, cancellationToken);
            }
        }
    }

    private async Task CancelChildAsync(WorkflowSession session, Guid childId, Actor actor, CancellationToken cancellationToken)
    {
        var child = await session.LoadAsync(childId, cancellationToken);
        if (child is null || child.Instance.IsFinished)
        {
            return;
        }

        session.Journal(child.Instance, JournalEvent.InstanceCancelled, actor, message: "parent step ended");
        await TerminateAsync(session, child, WorkflowInstanceStatus.Cancelled, null, actor, cancellationToken);
    }

    private async Task StartPendingChildrenAsync(WorkflowSession session, TrackedInstance parent, CancellationToken cancellationToken)
    {
        while (parent.PendingChildStarts.Count > 0)
        {
            var start = parent.PendingChildStarts[0];
            parent.PendingChildStarts.RemoveAt(0);
            var bookmark = parent.Instance.FindBookmark(start.ParentBookmarkId);
            var execution = parent.Instance.Executions.Find(candidate => candidate.Id == bookmark?.ExecutionId);
            if (bookmark?.Status != BookmarkStatus.Open || execution is null)
            {
                continue;
            }

            var definition = start.Version is { } version
                ? await session.Definitions.FindAsync(start.DefinitionId, version, cancellationToken)
                : await session.Definitions.FindLatestPublishedAsync(start.DefinitionId, cancellationToken);
            var problem = ChildStartProblem(parent.Instance, start, definition);
            if (problem is not null)
            {
                bookmark.Status = BookmarkStatus.Cancelled;
                bookmark.ClosedAt = session.Now;
                RecordFault(session, parent, execution, problem, null, Actor.System);
                continue;
            }

            var seed = new InstanceSeed(Actor.System, start.Variables)
            {
                InstanceId = start.ChildInstanceId,
                CorrelationId = parent.Instance.CorrelationId,
                ParentInstanceId = parent.Instance.Id,
                ParentBookmarkId = bookmark.Id,
                Depth = parent.Instance.Depth + 1,
            };
            await StartAsync(session, definition!, seed, cancellationToken);
        }
    }

    private string? ChildStartProblem(WorkflowInstance parent, Activities.SubProcessStart start, WorkflowDefinition? definition)
    {
        if (parent.Depth + 1 > options.MaxSubProcessDepth)
        {
            return $"Sub-process '{start.DefinitionId}' would nest deeper than {options.MaxSubProcessDepth} levels.";
        }

        if (definition is null || definition.State != DefinitionState.Published)
        {
            var version = start.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "latest";
            return $"Sub-process definition '{start.DefinitionId}' ({version}) is not found or not published.";
        }

        return null;
    }

    /// <summary>Resumes the parent's SubProcess bookmark when a child instance has ended.</summary>
    private async Task NotifyParentAsync(WorkflowSession session, TrackedInstance child, CancellationToken cancellationToken)
    {
        if (child.Instance.ParentInstanceId is not { } parentId || child.Instance.ParentBookmarkId is not { } bookmarkId)
        {
            return;
        }

        var parent = await session.LoadAsync(parentId, cancellationToken);
        var bookmark = parent?.Instance.FindBookmark(bookmarkId);
        if (parent is null || bookmark?.Status != BookmarkStatus.Open)
        {
            return;
        }

        var rejected = child.Instance.Status == WorkflowInstanceStatus.Cancelled || child.Instance.Result == EndActivity.RejectedResult;
        var decision = rejected ? SubProcessActivity.Rejected : SubProcessActivity.Completed;
        var resumed = await ResumeAsync(session, parent, bookmark, Actor.System, decision, null, cancellationToken);
        if (!resumed.IsSuccess)
        {
            logger.LogWarning(
                "Parent instance {WorkflowInstanceId} was not resumed after child {ChildInstanceId} ended: {Error}",
                parentId, child.Instance.Id, resumed.Error);
        }
    }

    private static void ResolveIncidents(WorkflowInstance instance, Guid executionId, DateTimeOffset now)
    {
        foreach (var incident in instance.Incidents.Where(incident => incident.ExecutionId == executionId && incident.ResolvedAt is null))
        {
            incident.ResolvedAt = now;
        }
    }

    private static Guid? ChildInstanceId(Bookmark bookmark) =>
        bookmark.Payload is { ValueKind: JsonValueKind.Object } payload
        && payload.TryGetProperty("childInstanceId", out var id)
        && id.TryGetGuid(out var childId)
            ? childId
            : null;
}
