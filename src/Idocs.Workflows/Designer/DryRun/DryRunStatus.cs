namespace Idocs.Workflows.Designer.DryRun;

public enum DryRunStatus
{
    /// <summary>The instance finished, and <see cref="DryRunResult.Result"/> contains what its End activity set.</summary>
    Completed,

    /// <summary>The run stopped on a fault, or on a step that none of the chosen participants may act on.</summary>
    Stuck,

    /// <summary>The draft has validation problems and did not run.</summary>
    Invalid,
}
