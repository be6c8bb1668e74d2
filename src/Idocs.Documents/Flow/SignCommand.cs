namespace Idocs.Documents.Flow;

/// <summary>
/// An employee's detached CMS signature over one file of a document, sent by the browser after
/// NCALayer signed the file's stored bytes.
/// </summary>
public sealed record SignCommand(
    Guid DocumentId,
    Guid EmployeeId,
    string FileSha256,
    ReadOnlyMemory<byte> Cms,
    string IdempotencyKey,
    string? IpAddress);
