namespace Idocs.Workflows.Runtime;

/// <summary>Limits and settings of the route engine.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>
    /// Maximum activities one command may execute before the remaining ones fault with an incident.
    /// It guards against loops the validator cannot detect, such as a Decision loop through a sub-process.
    /// </summary>
    public int MaxStepsPerRun { get; set; } = 1000;

    /// <summary>How many times a command is retried from scratch when its commit reports a concurrency conflict.</summary>
    public int MaxConflictRetries { get; set; } = 8;

    /// <summary>Maximum nesting of sub-processes; a deeper start faults the SubProcess step.</summary>
    public int MaxSubProcessDepth { get; set; } = 8;

    /// <summary>Right an actor needs to reassign someone else's bookmark.</summary>
    public string ReassignRight { get; set; } = "workflows.reassign";

    /// <summary>Maximum length of an idempotency key, in characters.</summary>
    public int MaxIdempotencyKeyLength { get; set; } = 200;
}
