namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>An accepted signature: the side (<c>Owner</c> or <c>Counterparty</c>), signer, certificate and signed file.</summary>
public sealed record SignatureResponse(
    Guid Id, string Party, string SignerIin, string? SignerBin, string CertificateSerial, string FileSha256, DateTimeOffset SignedAt);
