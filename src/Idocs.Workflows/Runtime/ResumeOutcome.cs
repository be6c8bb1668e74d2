namespace Idocs.Workflows.Runtime;

/// <summary>The result of a successful resume, stored under its idempotency key.</summary>
public sealed record ResumeOutcome
{
    public Guid BookmarkId { get; init; }

    public Guid InstanceId { get; init; }

    public required string ActivityId { get; init; }

    public required string Decision { get; init; }

    /// <summary>Instance status after the engine ran to the next wait states.</summary>
    public WorkflowInstanceStatus InstanceStatus { get; init; }

    /// <summary>Bookmarks open on the instance after the resume.</summary>
    public IReadOnlyList<Guid> OpenBookmarkIds { get; init; } = [];

    /// <summary>True when this is the stored result of an earlier request with the same idempotency key.</summary>
    public bool Replayed { get; init; }
}
