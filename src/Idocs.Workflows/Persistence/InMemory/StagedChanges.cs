using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Persistence.InMemory;

/// <summary>Writes an in-memory unit of work has staged; applied all at once by the store.</summary>
internal sealed class StagedChanges
{
    private readonly Dictionary<Guid, (WorkflowInstance Instance, long? ExpectedVersion)> _instances = [];

    public IEnumerable<(WorkflowInstance Instance, long? ExpectedVersion)> Instances => _instances.Values;

    public List<JournalEntry> Journal { get; } = [];

    public List<IdempotencyRecord> IdempotencyRecords { get; } = [];

    /// <summary>
    /// Stages an instance. When several commands of one unit of work change the same instance, the
    /// version it was first read with stays the one the commit compares.
    /// </summary>
    public void Stage(WorkflowInstance instance, long? expectedVersion)
    {
        var expected = _instances.TryGetValue(instance.Id, out var staged) ? staged.ExpectedVersion : expectedVersion;
        _instances[instance.Id] = (instance, expected);
    }
}
