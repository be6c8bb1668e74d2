namespace Idocs.Workflows.Runtime;

/// <summary>A failed automatic step, kept until a retry succeeds or the instance is cancelled.</summary>
public sealed class Incident
{
    public Guid Id { get; init; }

    /// <summary>The faulted execution; a failed retry points the incident at the new execution.</summary>
    public Guid ExecutionId { get; set; }

    public required string ActivityId { get; init; }

    public required string Message { get; set; }

    /// <summary>How many times the step has failed, counting the first run.</summary>
    public int Attempts { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
