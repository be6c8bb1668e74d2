namespace Idocs.Storage.Workflows;

/// <summary>The first outcome of a resume with an idempotency key, unique by (actor, key).</summary>
internal sealed class WorkflowIdempotencyRow
{
    public required string ActorId { get; set; }

    public required string Key { get; set; }

    public Guid BookmarkId { get; set; }

    public required string OutcomeJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
