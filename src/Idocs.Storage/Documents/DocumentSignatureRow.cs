using Idocs.Documents.Documents;

namespace Idocs.Storage.Documents;

/// <summary>
/// The <c>document_signatures</c> table. Rows are only inserted: the aggregate never removes an
/// accepted signature, and a unique index forbids the same signer signing the same file twice.
/// </summary>
public sealed class DocumentSignatureRow
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>Zero-based place in the document's signature list.</summary>
    public int Position { get; set; }

    public SigningParty Party { get; set; }

    public Guid? EmployeeId { get; set; }

    public string SignerIin { get; set; } = string.Empty;

    public string? SignerBin { get; set; }

    public string CertificateSerial { get; set; } = string.Empty;

    public string ReportReference { get; set; } = string.Empty;

    public string FileSha256 { get; set; } = string.Empty;

    public string SignatureSha256 { get; set; } = string.Empty;

    public DateTimeOffset SignedAt { get; set; }
}
