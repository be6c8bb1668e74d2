namespace Idocs.PrintForms.Archives.Bulk;

/// <summary>
/// A bulk export of all of a company's documents, one archive per document inside one ZIP, and
/// its progress, which the export endpoint reads while a worker writes the archive.
/// </summary>
public sealed record CompanyExport
{
    public required Guid Id { get; init; }

    /// <summary>The company, sole proprietor or individual profile whose documents are exported.</summary>
    public required Guid OwnerProfileId { get; init; }

    public required Guid RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public CompanyExportStatus Status { get; init; } = CompanyExportStatus.Queued;

    /// <summary>Documents to export; known once the worker has listed them.</summary>
    public int TotalDocuments { get; init; }

    /// <summary>Documents written so far, failed ones included.</summary>
    public int ProcessedDocuments { get; init; }

    /// <summary>Documents whose archive could not be written; the bulk manifest lists each with the reason.</summary>
    public int FailedDocuments { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Size of the finished ZIP in bytes.</summary>
    public long? ArchiveSize { get; init; }

    /// <summary>Lowercase hex SHA-256 of the finished ZIP, so a downloaded copy can be checked.</summary>
    public string? ArchiveSha256 { get; init; }

    /// <summary>Why the export failed, when it did.</summary>
    public string? Error { get; init; }
}
