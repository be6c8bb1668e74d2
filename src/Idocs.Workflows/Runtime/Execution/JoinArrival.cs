namespace Idocs.Workflows.Runtime.Execution;

/// <summary>The Join execution an arriving path continues, or why the path is dropped or faults.</summary>
internal sealed record JoinArrival(ActivityExecution Execution, bool Dropped = false, string? Fault = null);
