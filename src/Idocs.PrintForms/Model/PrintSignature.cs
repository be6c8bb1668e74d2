using Idocs.Signatures.Reports;

namespace Idocs.PrintForms.Model;

/// <summary>
/// One signature on the document as the signature sheet lists it: the signer, the certificate,
/// the times and the outcome of the server's validation.
/// </summary>
/// <param name="SignerName">The signer's full name from the certificate.</param>
/// <param name="Iin">The signer's 12-digit individual identification number, if the certificate has one.</param>
/// <param name="Bin">The 12-digit business identification number of the signer's company, if any.</param>
/// <param name="Organisation">The signer's company, if the certificate names one.</param>
/// <param name="Role">The signer's role in the company or on the document, for example "Director".</param>
/// <param name="Algorithm">The signature algorithm as users know it, for example "RSA / SHA-256" or "GOST 34.310-2004".</param>
/// <param name="CertificateSerial">The certificate's serial number in hexadecimal.</param>
/// <param name="CertificateIssuer">The certificate issuer's distinguished name.</param>
/// <param name="CertificateValidFrom">Start of the certificate's validity period.</param>
/// <param name="CertificateValidTo">End of the certificate's validity period.</param>
/// <param name="SignedAt">The signing time the signature claims.</param>
/// <param name="TimestampAt">The time from a trusted timestamp on the signature, if it has one.</param>
/// <param name="Status">The validation report's overall indication.</param>
/// <param name="VerificationId">
/// The short id of the public verification page for this signature: 1 to 32 characters from
/// <c>A-Z a-z 0-9 - _</c>.
/// </param>
public sealed record PrintSignature(
    string SignerName,
    string? Iin,
    string? Bin,
    string? Organisation,
    string? Role,
    string Algorithm,
    string CertificateSerial,
    string CertificateIssuer,
    DateTimeOffset CertificateValidFrom,
    DateTimeOffset CertificateValidTo,
    DateTimeOffset SignedAt,
    DateTimeOffset? TimestampAt,
    Indication Status,
    string VerificationId);
