namespace Idocs.Documents.Documents;

/// <summary>The stored state of a <see cref="DeletionRequest"/>.</summary>
public sealed record DeletionRequestSnapshot
{
    public required Guid Id { get; init; }

    public required Guid DocumentId { get; init; }

    public required Guid RequestedBy { get; init; }

    public required string Reason { get; init; }

    public required string SupportingFileSha256 { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public required DeletionRequestStatus Status { get; init; }

    public string? SupportComment { get; init; }

    public Guid? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }
}
