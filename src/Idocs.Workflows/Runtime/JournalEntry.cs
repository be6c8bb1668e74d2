namespace Idocs.Workflows.Runtime;

/// <summary>One line of an instance's execution journal; append-only, written in the resume's transaction.</summary>
public sealed record JournalEntry
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public DateTimeOffset Timestamp { get; init; }

    public JournalEvent Event { get; init; }

    public string? ActivityId { get; init; }

    public string? ActivityType { get; init; }

    public string? Outcome { get; init; }

    /// <summary>User id of the actor whose command caused the entry.</summary>
    public string? ActorId { get; init; }

    public Guid? BookmarkId { get; init; }

    public string? Message { get; init; }
}
