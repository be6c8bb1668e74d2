using Idocs.Documents.Uploads;

namespace Idocs.Storage.Documents;

/// <summary>The <c>document_files</c> table: a document's files in upload order.</summary>
public sealed class DocumentFileRow
{
    public Guid DocumentId { get; set; }

    /// <summary>Lowercase hex SHA-256 of the bytes, which is also the file store key.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Zero-based place in the document's file list.</summary>
    public int Position { get; set; }

    public string FileName { get; set; } = string.Empty;

    public DetectedContentType ContentType { get; set; }

    public long Length { get; set; }
}
