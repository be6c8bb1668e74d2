namespace Idocs.Documents.Authentication.Certificates;

/// <summary>
/// The owner of a certificate whose signature over a challenge verified cryptographically, with the
/// certificate data accounts needs. Validity, revocation and key usage are reported, not judged:
/// the login and registration policy decides on them.
/// </summary>
/// <param name="Iin">The owner's IIN (12 digits).</param>
/// <param name="Bin">The organisation's BIN for a legal-entity certificate, otherwise null.</param>
/// <param name="Surname">The owner's surname.</param>
/// <param name="GivenName">The owner's given name.</param>
/// <param name="Patronymic">The owner's patronymic, when the certificate has one.</param>
/// <param name="Organisation">The organisation's name for a legal-entity certificate, otherwise null.</param>
/// <param name="Email">The email in the certificate, when it has one.</param>
/// <param name="KeyUsage">What the key may be used for.</param>
/// <param name="SubjectKind">Whether the certificate was issued to an individual or for a legal entity.</param>
/// <param name="Roles">The owner's roles in the organisation; <see cref="SignerRoles.None"/> for an individual.</param>
/// <param name="SerialNumber">The certificate's serial number in hex.</param>
/// <param name="Thumbprint">The certificate's thumbprint in hex, compared with the thumbprint the client claimed.</param>
/// <param name="NotBefore">The start of the certificate's validity.</param>
/// <param name="NotAfter">The end of the certificate's validity.</param>
/// <param name="Revocation">The revocation status found by OCSP or CRL.</param>
public sealed record VerifiedSigner(
    string Iin,
    string? Bin,
    string Surname,
    string GivenName,
    string? Patronymic,
    string? Organisation,
    string? Email,
    CertificateKeyUsage KeyUsage,
    CertificateSubjectKind SubjectKind,
    SignerRoles Roles,
    string SerialNumber,
    string Thumbprint,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    RevocationStatus Revocation)
{
    /// <summary>Surname, given name and patronymic, as Kazakh documents write a name.</summary>
    public string FullName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
