namespace Idocs.Documents.Documents;

/// <summary>
/// A signature accepted after every signing gate passed. The CMS itself lives in the file store
/// under <see cref="SignatureSha256"/>; the validation report under <see cref="ReportReference"/>.
/// </summary>
public sealed record RecordedSignature(
    Guid Id,
    SigningParty Party,
    Guid? EmployeeId,
    string SignerIin,
    string? SignerBin,
    string CertificateSerial,
    string ReportReference,
    string FileSha256,
    string SignatureSha256,
    DateTimeOffset SignedAt);
