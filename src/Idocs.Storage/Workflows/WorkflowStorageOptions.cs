namespace Idocs.Storage.Workflows;

/// <summary>Settings of the <c>Workflows</c> section.</summary>
public sealed class WorkflowStorageOptions
{
    public const string SectionName = "Workflows";

    /// <summary>Folder of the shipped definitions, loaded read-only at start-up; empty to skip.</summary>
    public string DefinitionsPath { get; set; } = "workflows";

    /// <summary>Seconds between two runs of the timer job.</summary>
    public int TimerIntervalSeconds { get; set; } = 15;

    /// <summary>Most timers one run of the timer job fires.</summary>
    public int TimerBatchSize { get; set; } = 100;
}
