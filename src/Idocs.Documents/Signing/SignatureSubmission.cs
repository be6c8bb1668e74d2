namespace Idocs.Documents.Signing;

/// <summary>A signature sent by an employee's browser for one file of a document.</summary>
public sealed record SignatureSubmission(
    Guid DocumentId,
    Guid EmployeeId,
    string FileSha256,
    ReadOnlyMemory<byte> Cms,
    string? IpAddress);
