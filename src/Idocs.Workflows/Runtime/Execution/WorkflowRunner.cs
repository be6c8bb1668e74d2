using System.Text.Json;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;
using Microsoft.Extensions.Logging;

namespace Idocs.Workflows.Runtime.Execution;

/// <summary>
/// Interprets definitions: executes activities from a queue until every path waits, follows
/// connections by outcome, and records bookmarks, incidents and journal entries on the instance.
/// It changes only objects in the session; the caller flushes and commits.
/// </summary>
internal sealed partial class WorkflowRunner(
    ActivityRegistry registry,
    WorkflowEngineOptions options,
    ILogger logger)
{
    /// <summary>Longest participant comment kept in the journal, in characters.</summary>
    private const int MaxCommentLength = 2000;

    public async Task<TrackedInstance> StartAsync(
        WorkflowSession session, WorkflowDefinition definition, InstanceSeed seed, CancellationToken cancellationToken)
    {
        var instance = new WorkflowInstance
        {
            Id = seed.InstanceId ?? IdGenerator.NewId(),
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = WorkflowInstanceStatus.Running,
            CorrelationId = seed.CorrelationId,
            ParentInstanceId = seed.ParentInstanceId,
            ParentBookmarkId = seed.ParentBookmarkId,
            Depth = seed.Depth,
            CreatedAt = session.Now,
        };
        foreach (var (name, value) in seed.Variables)
        {
            instance.Variables[name] = value.Clone();
        }

        var tracked = session.TrackNew(instance, definition);
        session.Journal(instance, JournalEvent.InstanceStarted, seed.Actor, message: $"definition {definition.Id} v{definition.Version}");

        var start = definition.Activities.First(activity => registry.Find(activity.Type)?.Descriptor.Behavior == ActivityBehavior.Start);
        var queue = new Queue<WorkItem>([new WorkItem(start.Id, [])]);
        await RunAsync(session, tracked, queue, seed.Actor, cancellationToken);
        return tracked;
    }

    /// <summary>Resumes an open bookmark whose gate and turn the caller has checked.</summary>
    public async Task<Result> ResumeAsync(
        WorkflowSession session, TrackedInstance tracked, Bookmark bookmark, Actor actor, string decision,
        JsonElement? data, CancellationToken cancellationToken)
    {
        var instance = tracked.Instance;
        var execution = instance.Executions.Find(candidate => candidate.Id == bookmark.ExecutionId);
        var activity = tracked.Definition.FindActivity(bookmark.ActivityId);
        if (execution is null || activity is null || registry.Find(activity.Type) is not IWaitingActivity waiting)
        {
            return Result.Failure(
                WorkflowErrorCodes.InvalidInstanceState,
                $"Bookmark {bookmark.Id} points at activity '{bookmark.ActivityId}', which is no longer waiting in instance {instance.Id}.");
        }

        MarkResumed(bookmark, actor, decision, session.Now);
        var context = new ActivityContext(instance, activity, waiting.Descriptor, execution, actor, session.Now, session.UnitOfWork);
        var result = await InvokeAsync(
            context, () => waiting.ResumeAsync(context, new BookmarkResumption(bookmark, actor, decision, data), cancellationToken));
        if (result.Kind == ActivityResultKind.RejectResume)
        {
            ReopenBookmark(bookmark);
            return Result.Failure(result.Error!);
        }

        session.Journal(instance, JournalEvent.BookmarkResumed, actor, activity.Id, decision, bookmark.Id, CommentOf(data));
        var queue = new Queue<WorkItem>();
        await ApplyAsync(session, tracked, execution, context, result, queue, null, cancellationToken);
        await RunAsync(session, tracked, queue, actor, cancellationToken);
        return Result.Success();
    }

    public async Task RunAsync(
        WorkflowSession session, TrackedInstance tracked, Queue<WorkItem> queue, Actor actor, CancellationToken cancellationToken)
    {
        var instance = tracked.Instance;
        var steps = 0;
        while (queue.TryDequeue(out var item) && !instance.IsFinished)
        {
            steps++;
            await ExecuteItemAsync(session, tracked, queue, item, actor, steps > options.MaxStepsPerRun, cancellationToken);
        }

        await StartPendingChildrenAsync(session, tracked, cancellationToken);
        if (instance.Status == WorkflowInstanceStatus.Running && instance.Executions.Count == 0)
        {
            Finish(session, tracked, WorkflowInstanceStatus.Completed, instance.Result ?? Activities.Builtin.EndActivity.DefaultResult, actor);
        }

        if (instance.IsFinished)
        {
            await NotifyParentAsync(session, tracked, cancellationToken);
        }
    }

    private async Task ExecuteItemAsync(
        WorkflowSession session, TrackedInstance tracked, Queue<WorkItem> queue, WorkItem item, Actor actor, bool overBudget,
        CancellationToken cancellationToken)
    {
        var activity = tracked.Definition.FindActivity(item.ActivityId)
            ?? throw new InvalidOperationException($"Activity '{item.ActivityId}' is not in definition '{tracked.Definition.Id}'; definitions are validated before use.");
        var implementation = registry.Find(activity.Type);
        var execution = new ActivityExecution
        {
            Id = IdGenerator.NewId(),
            ActivityId = activity.Id,
            ActivityType = activity.Type,
            Scopes = item.Scopes,
            StartedAt = session.Now,
        };

        string? fault = null;
        if (implementation is null)
        {
            fault = $"Activity type '{activity.Type}' is not registered in this host.";
        }
        else if (overBudget)
        {
            fault = $"The command executed more than {options.MaxStepsPerRun} activities; retry the incident after fixing the loop.";
        }
        else if (implementation.Descriptor.Behavior == ActivityBehavior.Join)
        {
            var join = PrepareJoin(tracked, item, activity, execution);
            if (join.Dropped)
            {
                return;
            }

            execution = join.Execution;
            fault = join.Fault;
        }

        var descriptor = implementation?.Descriptor ?? new ActivityDescriptor { Type = activity.Type, Description = "unregistered" };
        var context = new ActivityContext(tracked.Instance, activity, descriptor, execution, actor, session.Now, session.UnitOfWork);
        var result = fault is not null
            ? ActivityResult.Fault(fault)
            : await InvokeAsync(context, () => implementation!.ExecuteAsync(context, cancellationToken));
        await ApplyAsync(session, tracked, execution, context, result, queue, item.RetriedIncidentId, cancellationToken);
    }

    private async Task ApplyAsync(
        WorkflowSession session, TrackedInstance tracked, ActivityExecution execution, ActivityContext context, ActivityResult result,
        Queue<WorkItem> queue, Guid? retriedIncidentId, CancellationToken cancellationToken)
    {
        var instance = tracked.Instance;
        tracked.PendingChildStarts.AddRange(context.SubProcessStarts);
        switch (result.Kind)
        {
            case ActivityResultKind.Complete:
                instance.Executions.Remove(execution);
                session.Journal(instance, JournalEvent.ActivityCompleted, context.Actor, execution.ActivityId, result.Outcome);
                EnqueueSuccessors(tracked, execution, context.Descriptor, result.Outcome!, queue);
                if (context.Descriptor.Behavior == ActivityBehavior.Join)
                {
                    await CloseScopeAsync(session, tracked, execution, queue, context.Actor, cancellationToken);
                }

                break;
            case ActivityResultKind.Wait:
                if (!instance.Executions.Contains(execution))
                {
                    instance.Executions.Add(execution);
                    if (context.Descriptor.Behavior != ActivityBehavior.Join)
                    {
                        session.Journal(instance, JournalEvent.ActivityWaiting, context.Actor, execution.ActivityId);
                    }
                }

                execution.Status = context.Descriptor.Behavior == ActivityBehavior.Join ? ActivityExecutionStatus.Joining : ActivityExecutionStatus.Waiting;
                break;
            case ActivityResultKind.End:
                instance.Executions.Remove(execution);
                session.Journal(instance, JournalEvent.ActivityCompleted, context.Actor, execution.ActivityId, result.Outcome);
                queue.Clear();
                await TerminateAsync(session, tracked, WorkflowInstanceStatus.Completed, result.Outcome, context.Actor, cancellationToken);
                break;
            default:
                context.CancelOpenBookmarks();
                var message = result.Message ?? $"Activity returned {result.Kind} while executing.";
                RecordFault(session, tracked, execution, message, retriedIncidentId, context.Actor);
                break;
        }
    }

    private static void EnqueueSuccessors(
        TrackedInstance tracked, ActivityExecution execution, ActivityDescriptor descriptor, string outcome, Queue<WorkItem> queue)
    {
        var connections = tracked.Definition.ConnectionsFrom(execution.ActivityId, outcome).ToList();
        if (descriptor.Behavior != ActivityBehavior.Fork)
        {
            foreach (var connection in connections)
            {
                queue.Enqueue(new WorkItem(connection.To, execution.Scopes));
            }

            return;
        }

        var scopeId = IdGenerator.NewId();
        for (var branch = 0; branch < connections.Count; branch++)
        {
            var scope = new ForkScope(scopeId, execution.ActivityId, branch, connections.Count);
            queue.Enqueue(new WorkItem(connections[branch].To, [.. execution.Scopes, scope]));
        }
    }

    private void RecordFault(
        WorkflowSession session, TrackedInstance tracked, ActivityExecution execution, string message, Guid? retriedIncidentId, Actor actor)
    {
        var instance = tracked.Instance;
        execution.Status = ActivityExecutionStatus.Faulted;
        if (!instance.Executions.Contains(execution))
        {
            instance.Executions.Add(execution);
        }

        var incident = retriedIncidentId is { } id ? instance.Incidents.Find(candidate => candidate.Id == id) : null;
        if (incident is null)
        {
            incident = new Incident { Id = IdGenerator.NewId(), ExecutionId = execution.Id, ActivityId = execution.ActivityId, Message = message, CreatedAt = session.Now };
            instance.Incidents.Add(incident);
        }
        else
        {
            incident.ExecutionId = execution.Id;
            incident.Message = message;
            incident.Attempts++;
            incident.ResolvedAt = null;
        }

        if (instance.Status == WorkflowInstanceStatus.Running)
        {
            instance.Status = WorkflowInstanceStatus.Faulted;
        }

        session.Journal(instance, JournalEvent.ActivityFaulted, actor, execution.ActivityId, message: message);
        logger.LogWarning(
            "Activity {ActivityId} of workflow instance {WorkflowInstanceId} faulted (incident {IncidentId}, attempt {Attempt}): {Reason}",
            execution.ActivityId, instance.Id, incident.Id, incident.Attempts, message);
    }

    /// <summary>Runs an activity call; an exception from an activity becomes a fault so that one bad step cannot lose the instance.</summary>
    private async Task<ActivityResult> InvokeAsync(ActivityContext context, Func<ValueTask<ActivityResult>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(
                exception, "Activity {ActivityId} of workflow instance {WorkflowInstanceId} threw", context.Activity.Id, context.InstanceId);
            return ActivityResult.Fault($"{context.Activity.Type} '{context.Activity.Id}' failed: {exception.Message}");
        }
    }

    /// <summary>Returns the <c>comment</c> string of the resume data, cut to <see cref="MaxCommentLength"/> characters, or null.</summary>
    private static string? CommentOf(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("comment", out var comment)
            || comment.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = comment.GetString()!;
        return text.Length <= MaxCommentLength ? text : text[..MaxCommentLength];
    }

    private static void MarkResumed(Bookmark bookmark, Actor actor, string decision, DateTimeOffset now)
    {
        bookmark.Status = BookmarkStatus.Completed;
        bookmark.ClosedAt = now;
        bookmark.ClosedBy = actor.UserId;
        bookmark.Decision = decision;
    }

    private static void ReopenBookmark(Bookmark bookmark)
    {
        bookmark.Status = BookmarkStatus.Open;
        bookmark.ClosedAt = null;
        bookmark.ClosedBy = null;
        bookmark.Decision = null;
    }
}
