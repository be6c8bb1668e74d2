using Idocs.Workflows.Definitions;
using Idocs.Workflows.Validation;

namespace Idocs.Workflows.Designer.DryRun;

/// <summary>The path a draft took in a dry run; nothing of it was stored.</summary>
public sealed record DryRunResult
{
    public DryRunStatus Status { get; init; }

    /// <summary>The End activity's result, for example <c>signed</c> or <c>rejected</c>, when completed.</summary>
    public string? Result { get; init; }

    /// <summary>Why the run stopped, when it is stuck.</summary>
    public string? StopReason { get; init; }

    public IReadOnlyList<DryRunStep> Steps { get; init; } = [];

    /// <summary>Activities that completed, in the order they completed, each once.</summary>
    public IReadOnlyList<string> VisitedActivityIds { get; init; } = [];

    /// <summary>Connections the path went through, for highlighting on the canvas.</summary>
    public IReadOnlyList<ConnectionDefinition> TakenConnections { get; init; } = [];

    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];
}
