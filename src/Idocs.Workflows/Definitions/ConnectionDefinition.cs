namespace Idocs.Workflows.Definitions;

/// <summary>
/// An edge of the flowchart: when activity <see cref="From"/> completes with <see cref="Outcome"/>,
/// execution continues at <see cref="To"/>. Several connections from one outcome run in parallel.
/// </summary>
public sealed record ConnectionDefinition(string From, string Outcome, string To);
