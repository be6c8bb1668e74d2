namespace Idocs.Signatures.Reports;

/// <summary>
/// Who signed, as read from the signer's certificate. IIN and BIN are 12-digit Kazakh person and
/// business identifiers; either may be absent.
/// </summary>
public sealed record SignerIdentity(
    string CommonName,
    string? Iin,
    string? Bin,
    string? Organization,
    string CertificateSerial,
    string Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter);
