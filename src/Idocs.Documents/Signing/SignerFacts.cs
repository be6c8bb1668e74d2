namespace Idocs.Documents.Signing;

/// <summary>The signer certificate's facts that the signing gates need, read by the signature library.</summary>
public sealed record SignerFacts
{
    /// <summary>Certificate serial number, hex, as the passport shows it.</summary>
    public required string SerialNumber { get; init; }

    public required string Iin { get; init; }

    /// <summary>The company's BIN for a legal entity certificate; null for an individual's.</summary>
    public string? Bin { get; init; }

    public required CertificateSubjectKind SubjectKind { get; init; }

    public CertificateRole Role { get; init; }

    public required CertificateKeyUsage KeyUsage { get; init; }

    public required RevocationStatus Revocation { get; init; }
}
