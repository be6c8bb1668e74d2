namespace Idocs.Storage.Workflows;

/// <summary>One journal entry; <see cref="Position"/> keeps the order entries were written in.</summary>
internal sealed class WorkflowJournalRow
{
    public long Position { get; set; }

    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public DateTimeOffset Timestamp { get; set; }

    public required string Event { get; set; }

    public string? ActivityId { get; set; }

    public string? ActorId { get; set; }

    public Guid? BookmarkId { get; set; }

    public required string Json { get; set; }
}
