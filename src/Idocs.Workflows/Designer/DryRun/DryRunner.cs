using System.Text.Json;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Persistence.InMemory;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Workflows.Designer.DryRun;

/// <summary>
/// Runs a draft on the real engine against private in-memory stores, so the path is the one a
/// published version would take, and nothing is written to the database, the outbox or the mail.
/// Built-in activities run as they are, except Notify, whose requests are only recorded; activities
/// of other modules are simulated with the chosen or first outcome. Waiting steps are decided by the
/// first chosen participant the step admits; when only timers are left, the clock jumps to them.
/// </summary>
public sealed class DryRunner(
    ActivityRegistry registry,
    DefinitionValidator validator,
    IWorkflowDefinitionStore definitions,
    TimeProvider clock,
    ILogger<DryRunner> logger)
{
    /// <summary>Upper bound of decisions and timers in one run, which stops a route that loops on decisions.</summary>
    public const int MaxRounds = 500;

    private static readonly HashSet<string> PureBuiltins = new(StringComparer.Ordinal)
    {
        StartActivity.TypeName, EndActivity.TypeName, ApproveActivity.TypeName, SignActivity.TypeName,
        DecisionActivity.TypeName, ForkActivity.TypeName, JoinActivity.TypeName, DeadlineActivity.TypeName,
        SetVariableActivity.TypeName, SubProcessActivity.TypeName,
    };

    public async Task<DryRunResult> RunAsync(DryRunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = request.Definition with { Version = 1, State = DefinitionState.Published, ReadOnly = false };
        var problems = validator.Validate(definition);
        if (problems.Count > 0)
        {
            return new DryRunResult { Status = DryRunStatus.Invalid, Problems = problems, StopReason = "The draft has validation problems." };
        }

        var runClock = new DryRunClock(clock.GetUtcNow());
        var store = new InMemoryWorkflowStore();
        var privateDefinitions = new InMemoryWorkflowDefinitionStore();
        await privateDefinitions.AddAsync(definition, cancellationToken);
        await CopySubProcessDefinitionsAsync(definition, privateDefinitions, cancellationToken);

        var options = new WorkflowEngineOptions();
        var dryRegistry = BuildRegistry(request.Decisions);
        var engine = new WorkflowEngine(store, privateDefinitions, dryRegistry, runClock, options, NullLogger<WorkflowEngine>.Instance);
        var resumer = new WorkflowResumer(store, privateDefinitions, dryRegistry, runClock, options, NullLogger<WorkflowResumer>.Instance);

        var starter = request.Participants.FirstOrDefault(participant => participant.UserId == request.StarterUserId)?.ToActor()
            ?? Actor.User(request.StarterUserId);
        var started = await engine.StartAsync(
            new StartRequest(definition.Id, starter) { Variables = Variables(request) }, cancellationToken: cancellationToken);
        if (!started.IsSuccess)
        {
            return new DryRunResult { Status = DryRunStatus.Stuck, StopReason = started.Error.Message };
        }

        var instanceId = started.Value.Id;
        var stopReason = await DriveAsync(store, resumer, runClock, instanceId, request, cancellationToken);
        var instance = await store.GetInstanceAsync(instanceId, cancellationToken);
        var journal = await store.ListJournalAsync(instanceId, cancellationToken);
        logger.LogDebug("Dry run of {DefinitionId} ended {InstanceStatus} after {StepCount} journal entries", definition.Id, instance?.Status, journal.Count);
        return Describe(definition, instance, journal, stopReason);
    }

    private async Task<string?> DriveAsync(
        InMemoryWorkflowStore store, WorkflowResumer resumer, DryRunClock runClock, Guid instanceId, DryRunRequest request, CancellationToken cancellationToken)
    {
        var actors = request.Participants.Select(participant => participant.ToActor()).ToList();
        for (var round = 0; round < MaxRounds; round++)
        {
            var instance = await store.GetInstanceAsync(instanceId, cancellationToken);
            if (instance is null || instance.IsFinished)
            {
                return null;
            }

            var incident = instance.Incidents.Find(candidate => candidate.ResolvedAt is null);
            if (incident is not null)
            {
                return $"Step '{incident.ActivityId}' faulted: {incident.Message}";
            }

            if (await DecideOneAsync(store, resumer, actors, request, round, cancellationToken))
            {
                continue;
            }

            var timers = await store.ListDueTimersAsync(DateTimeOffset.MaxValue, 1, cancellationToken);
            if (timers.Count > 0)
            {
                runClock.Now = timers[0].DueAt!.Value;
                var fired = await resumer.ResumeAsync(
                    new ResumeRequest(timers[0].Id, Actor.System, BookmarkKinds.TimerElapsed, $"dry-run-timer-{round}"), cancellationToken: cancellationToken);
                if (!fired.IsSuccess)
                {
                    return fired.Error.Message;
                }

                continue;
            }

            var waiting = instance.OpenBookmarks.Select(bookmark => bookmark.ActivityId).Distinct(StringComparer.Ordinal);
            return $"No chosen participant may act on {string.Join(", ", waiting.Select(id => $"'{id}'"))}; add a participant with the step's user, role or right.";
        }

        return $"The run made {MaxRounds} decisions without finishing; check the route for a loop.";
    }

    /// <summary>Resumes the first open bookmark a chosen participant may act on; false when there is none.</summary>
    private async Task<bool> DecideOneAsync(
        InMemoryWorkflowStore store, WorkflowResumer resumer, List<Actor> actors, DryRunRequest request, int round, CancellationToken cancellationToken)
    {
        foreach (var actor in actors)
        {
            var open = await store.ListOpenBookmarksAsync(actor, cancellationToken);
            foreach (var bookmark in open.Where(bookmark => bookmark.Kind != BookmarkKinds.Timer).OrderBy(bookmark => bookmark.Sequence ?? 0))
            {
                var decision = request.Decisions.GetValueOrDefault(bookmark.ActivityId) ?? PositiveOutcome(bookmark.ActivityType);
                var resumed = await resumer.ResumeAsync(
                    new ResumeRequest(bookmark.Id, actor, decision, $"dry-run-{round}"), cancellationToken: cancellationToken);
                if (resumed.IsSuccess)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string PositiveOutcome(string activityType) =>
        registry.Find(activityType)?.Descriptor.Outcomes is [var first, ..] ? first : string.Empty;

    private ActivityRegistry BuildRegistry(IReadOnlyDictionary<string, string> decisions)
    {
        var dryRegistry = new ActivityRegistry().Register(new NotifyActivity(new RecordingNotificationSink()));
        foreach (var descriptor in registry.Descriptors.Where(descriptor => descriptor.Type != NotifyActivity.TypeName))
        {
            var activity = PureBuiltins.Contains(descriptor.Type) ? registry.Find(descriptor.Type)! : new SimulatedActivity(descriptor, decisions);
            dryRegistry.Register(activity);
        }

        return dryRegistry;
    }

    private async Task CopySubProcessDefinitionsAsync(WorkflowDefinition definition, InMemoryWorkflowDefinitionStore target, CancellationToken cancellationToken)
    {
        // NOTE: only direct sub-processes are copied; a sub-process that starts another one faults the dry run.
        var ids = definition.Activities
            .Where(activity => activity.Type == SubProcessActivity.TypeName && activity.Inputs.TryGetValue("definition", out var id) && id.ValueKind == JsonValueKind.String)
            .Select(activity => activity.Inputs["definition"].GetString()!)
            .Where(id => !string.Equals(id, definition.Id, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var version in await definitions.ListVersionsAsync(id, cancellationToken))
            {
                await target.AddAsync(version, cancellationToken);
            }
        }
    }

    private static Dictionary<string, JsonElement> Variables(DryRunRequest request)
    {
        var variables = new Dictionary<string, JsonElement>(request.Fields, StringComparer.Ordinal);
        variables.TryAdd("author", JsonSerializer.SerializeToElement(request.StarterUserId));
        return variables;
    }

    private static DryRunResult Describe(WorkflowDefinition definition, WorkflowInstance? instance, IReadOnlyList<JournalEntry> journal, string? stopReason)
    {
        var steps = journal
            .Where(entry => entry.Event != JournalEvent.InstanceStarted)
            .Select((entry, index) => new DryRunStep(index + 1, entry.Event, entry.ActivityId, entry.ActivityType, entry.Outcome, entry.ActorId, entry.Message))
            .ToList();
        var completed = journal.Where(entry => entry.Event == JournalEvent.ActivityCompleted && entry.ActivityId is not null).ToList();
        var reached = journal.Where(entry => entry.ActivityId is not null).Select(entry => entry.ActivityId!).ToHashSet(StringComparer.Ordinal);
        var taken = completed
            .SelectMany(entry => definition.ConnectionsFrom(entry.ActivityId!, entry.Outcome ?? string.Empty))
            .Where(connection => reached.Contains(connection.To))
            .Distinct()
            .ToList();
        var finished = instance is { Status: WorkflowInstanceStatus.Completed };
        return new DryRunResult
        {
            Status = finished ? DryRunStatus.Completed : DryRunStatus.Stuck,
            Result = instance?.Result,
            StopReason = finished ? null : stopReason ?? $"The instance is {instance?.Status}.",
            Steps = steps,
            VisitedActivityIds = completed.Select(entry => entry.ActivityId!).Distinct(StringComparer.Ordinal).ToList(),
            TakenConnections = taken,
        };
    }
}
