namespace Idocs.Documents.Passport;

/// <summary>
/// One passport event. <see cref="Hash"/> is the SHA-256 (hex) of the event's canonical form, which
/// includes <see cref="PreviousHash"/>, so changing, removing or reordering an event breaks the chain.
/// </summary>
public sealed record PassportEvent
{
    public required Guid DocumentId { get; init; }

    /// <summary>Position in the document's passport, starting at 1 with no gaps.</summary>
    public required long Sequence { get; init; }

    public required PassportEventType Type { get; init; }

    public required ActorSnapshot Actor { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public string? IpAddress { get; init; }

    public required string PayloadJson { get; init; }

    public string? CertificateSerial { get; init; }

    public string? ReportReference { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
