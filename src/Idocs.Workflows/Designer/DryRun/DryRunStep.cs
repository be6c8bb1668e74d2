using Idocs.Workflows.Runtime;

namespace Idocs.Workflows.Designer.DryRun;

/// <summary>One step of the path a dry run took, in the order the engine journaled it.</summary>
public sealed record DryRunStep(
    int Number,
    JournalEvent Event,
    string? ActivityId,
    string? ActivityType,
    string? Outcome,
    string? ActorId,
    string? Message);
