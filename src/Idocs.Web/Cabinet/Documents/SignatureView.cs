using Idocs.Documents.Documents;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>A recorded signature with the result of the validation stored when it was accepted.</summary>
public sealed record SignatureView(
    Guid Id,
    SigningParty Party,
    string? SignerName,
    string SignerIin,
    string? SignerBin,
    string CertificateSerial,
    string FileSha256,
    DateTimeOffset SignedAt,
    SignatureCheck Check);
