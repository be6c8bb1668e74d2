namespace Idocs.Storage.Documents;

/// <summary>
/// The <c>passport_events</c> table, insert only. <see cref="OccurredAtTicks"/> keeps the event time
/// to 100 ns because the hash covers it; <see cref="OccurredAt"/> is the same instant for SQL
/// readers and queries (PostgreSQL keeps microseconds).
/// </summary>
public sealed class PassportEventRow
{
    public Guid DocumentId { get; set; }

    public long Sequence { get; set; }

    /// <summary>The numeric <c>PassportEventType</c> code, which never changes.</summary>
    public int Type { get; set; }

    public Guid? ActorId { get; set; }

    public string ActorName { get; set; } = string.Empty;

    public string? ActorIin { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>UTC ticks of the event time, exactly as hashed.</summary>
    public long OccurredAtTicks { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>The payload JSON byte for byte as hashed, so stored as text and never re-serialized.</summary>
    public string PayloadJson { get; set; } = "{}";

    public string? CertificateSerial { get; set; }

    public string? ReportReference { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    /// <summary>When the row was inserted, apart from when the event happened.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
