namespace Idocs.Documents.Passport;

/// <summary>What happened, before it is numbered and chained into the passport.</summary>
public sealed record PassportEntry
{
    public required PassportEventType Type { get; init; }

    public required ActorSnapshot Actor { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The client's IP address as the web tier saw it; null for background work.</summary>
    public string? IpAddress { get; init; }

    /// <summary>Event details as JSON. The exact text is hashed, so stores must keep it byte for byte.</summary>
    public string PayloadJson { get; init; } = "{}";

    /// <summary>For a signature: the signer certificate's serial number, hex.</summary>
    public string? CertificateSerial { get; init; }

    /// <summary>For a signature: where the validation report is kept.</summary>
    public string? ReportReference { get; init; }
}
