namespace Idocs.Workflows.Runtime;

/// <summary>The first result of a resume request, keyed by (actor, idempotency key).</summary>
public sealed record IdempotencyRecord(string ActorId, string Key, Guid BookmarkId, ResumeOutcome Outcome, DateTimeOffset CreatedAt);
