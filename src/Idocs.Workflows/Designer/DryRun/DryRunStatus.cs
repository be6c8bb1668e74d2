namespace Idocs.Workflows.Designer.DryRun;

public enum DryRunStatus
{
    /// <summary>The instance finished; <see cref="DryRunResult.Result"/> holds what its End activity set.</summary>
    Completed,

    /// <summary>The run stopped on a step nobody among the chosen participants may act on, or on a fault.</summary>
    Stuck,

    /// <summary>The draft has validation problems and did not run.</summary>
    Invalid,
}
