using Idocs.Common.Ids;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Persistence;

namespace Idocs.Workflows.Runtime.Execution;

/// <summary>
/// The instances one command touches inside one unit of work, and the journal entries it writes.
/// <see cref="Flush"/> stages all of them with their expected versions.
/// </summary>
internal sealed class WorkflowSession(IWorkflowUnitOfWork unitOfWork, IWorkflowDefinitionStore definitions, DateTimeOffset now)
{
    private readonly Dictionary<Guid, TrackedInstance> _tracked = [];
    private readonly List<JournalEntry> _journal = [];

    public IWorkflowUnitOfWork UnitOfWork { get; } = unitOfWork;

    public IWorkflowDefinitionStore Definitions { get; } = definitions;

    public DateTimeOffset Now { get; } = now;

    public async Task<TrackedInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (_tracked.TryGetValue(instanceId, out var tracked))
        {
            return tracked;
        }

        var instance = await UnitOfWork.FindInstanceAsync(instanceId, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var definition = await Definitions.FindAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Instance {instanceId} is pinned to definition '{instance.DefinitionId}' version {instance.DefinitionVersion}, which is not stored.");
        tracked = new TrackedInstance(instance, definition, instance.Version);
        _tracked[instanceId] = tracked;
        return tracked;
    }

    public TrackedInstance TrackNew(WorkflowInstance instance, WorkflowDefinition definition)
    {
        var tracked = new TrackedInstance(instance, definition, expectedVersion: null);
        _tracked.Add(instance.Id, tracked);
        return tracked;
    }

    public void Journal(WorkflowInstance instance, JournalEvent journalEvent, Actor? actor, string? activityId = null, string? outcome = null, Guid? bookmarkId = null, string? message = null)
    {
        var activityType = activityId is null ? null : _tracked[instance.Id].Definition.FindActivity(activityId)?.Type;
        _journal.Add(new JournalEntry
        {
            Id = IdGenerator.NewId(),
            InstanceId = instance.Id,
            Timestamp = Now,
            Event = journalEvent,
            ActivityId = activityId,
            ActivityType = activityType,
            Outcome = outcome,
            ActorId = actor?.UserId,
            BookmarkId = bookmarkId,
            Message = message,
        });
    }

    /// <summary>Stages every tracked instance with a new version, and the journal, in the unit of work.</summary>
    public void Flush()
    {
        foreach (var tracked in _tracked.Values)
        {
            var instance = tracked.Instance;
            instance.UpdatedAt = Now;
            if (tracked.ExpectedVersion is { } expected)
            {
                instance.Version = expected + 1;
                UnitOfWork.UpdateInstance(instance, expected);
            }
            else
            {
                instance.Version = 1;
                UnitOfWork.AddInstance(instance);
            }
        }

        foreach (var entry in _journal)
        {
            UnitOfWork.AppendJournal(entry);
        }

        _journal.Clear();
    }
}
