using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Persistence.InMemory;

/// <summary>Writes an in-memory unit of work has staged; applied all at once by the store.</summary>
internal sealed class StagedChanges
{
    public List<(WorkflowInstance Instance, long? ExpectedVersion)> Instances { get; } = [];

    public List<JournalEntry> Journal { get; } = [];

    public List<IdempotencyRecord> IdempotencyRecords { get; } = [];
}
