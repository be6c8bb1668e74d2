using Idocs.Documents.Uploads;

namespace Idocs.Documents.Documents;

/// <summary>
/// A file of a document. <see cref="Sha256"/> is the lowercase hex SHA-256 of the stored bytes and
/// the key under which the file store keeps them, so the bytes a signature covers are fixed.
/// </summary>
public sealed record DocumentFile(string Sha256, string FileName, DetectedContentType ContentType, long Length);
