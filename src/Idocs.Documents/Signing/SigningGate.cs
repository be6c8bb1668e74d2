using Idocs.Common.Results;
using Idocs.Documents.Documents;

namespace Idocs.Documents.Signing;

/// <summary>
/// The server-side rules a signature must pass before it is accepted. Every signature needs a
/// passed report, a signing (not AUTH) certificate that is not revoked, and the employee's IIN.
/// A company's external document also needs the company's BIN, a signing role and the matching right.
/// </summary>
public static class SigningGate
{
    public static Result Check(Document document, EmployeeSigningFacts employee, SignatureVerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(report);

        var signer = report.Signer;
        if (signer?.Revocation == RevocationStatus.Revoked)
        {
            return Refuse(SigningErrorCodes.CertificateRevoked, $"certificate {signer.SerialNumber} is revoked");
        }

        // The library fails an AUTH key's signature on its key-usage check; naming the key is the clearer reason.
        if (signer?.KeyUsage == CertificateKeyUsage.Authentication)
        {
            return Refuse(SigningErrorCodes.AuthenticationCertificate, $"certificate {signer.SerialNumber} is for logging in; sign with the signing (RSA or GOST) key");
        }

        switch (report.Status)
        {
            case SignatureReportStatus.Failed:
                return Refuse(SigningErrorCodes.VerificationFailed, report.Reason ?? "the signature does not verify over the stored file");
            case SignatureReportStatus.Indeterminate:
                return Refuse(SigningErrorCodes.VerificationIndeterminate, report.Reason ?? "a verification check could not run; try again later");
        }

        if (signer is null)
        {
            return Refuse(SigningErrorCodes.VerificationIndeterminate, "the report has no signer certificate facts");
        }

        return CheckCertificate(document, employee, signer);
    }

    /// <summary>
    /// Applies the certificate and rights rules alone, for a pre-check before anything is signed
    /// (mass actions); <see cref="Check"/> runs them again on the verified signature.
    /// </summary>
    public static Result CheckCertificate(Document document, EmployeeSigningFacts employee, SignerFacts signer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(signer);

        if (signer.Revocation == RevocationStatus.Revoked)
        {
            return Refuse(SigningErrorCodes.CertificateRevoked, $"certificate {signer.SerialNumber} is revoked");
        }

        if (signer.KeyUsage == CertificateKeyUsage.Authentication)
        {
            return Refuse(SigningErrorCodes.AuthenticationCertificate, $"certificate {signer.SerialNumber} is for logging in; sign with the signing (RSA or GOST) key");
        }

        if (signer.Iin != employee.Iin)
        {
            return Refuse(SigningErrorCodes.IinMismatch, $"certificate {signer.SerialNumber} belongs to another person, not to employee {employee.EmployeeId}");
        }

        return document.Kind == DocumentKind.Internal
            ? CheckInternal(employee)
            : CheckExternal(document.Kind, employee, signer);
    }

    /// <summary>
    /// Checks a counterparty's signature made through a link: a passed report and a signing
    /// certificate that matches the counterparty's BIN (with a signing role) or IIN.
    /// </summary>
    /// <remarks>
    /// NOTE: a counterparty known only by email cannot be matched to a certificate, so any valid
    /// signing certificate is accepted for it and its IIN and BIN are recorded in the passport.
    /// </remarks>
    public static Result CheckCounterparty(Counterparty counterparty, SignatureVerificationReport report)
    {
        ArgumentNullException.ThrowIfNull(counterparty);
        ArgumentNullException.ThrowIfNull(report);

        var signer = report.Signer;
        if (signer?.Revocation == RevocationStatus.Revoked)
        {
            return Refuse(SigningErrorCodes.CertificateRevoked, $"certificate {signer.SerialNumber} is revoked");
        }

        if (report.Status != SignatureReportStatus.Passed || signer is null)
        {
            return report.Status == SignatureReportStatus.Failed
                ? Refuse(SigningErrorCodes.VerificationFailed, report.Reason ?? "the signature does not verify over the stored file")
                : Refuse(SigningErrorCodes.VerificationIndeterminate, report.Reason ?? "a verification check could not run; try again later");
        }

        if (signer.KeyUsage == CertificateKeyUsage.Authentication)
        {
            return Refuse(SigningErrorCodes.AuthenticationCertificate, $"certificate {signer.SerialNumber} is for logging in; sign with the signing key");
        }

        return counterparty.Kind switch
        {
            CounterpartyIdentifierKind.Bin when signer.SubjectKind != CertificateSubjectKind.LegalEntity =>
                Refuse(SigningErrorCodes.CompanyCertificateRequired, $"certificate {signer.SerialNumber} is an individual's; sign with the company's certificate"),
            CounterpartyIdentifierKind.Bin when signer.Bin != counterparty.Identifier =>
                Refuse(SigningErrorCodes.BinMismatch, $"certificate {signer.SerialNumber} carries BIN {signer.Bin}, not {counterparty.Identifier}"),
            CounterpartyIdentifierKind.Bin when signer.Role is not (CertificateRole.FirstHead or CertificateRole.SignRight) =>
                Refuse(SigningErrorCodes.RoleNotAllowed, $"certificate {signer.SerialNumber} does not state the first head or the right to sign"),
            CounterpartyIdentifierKind.Iin when signer.SubjectKind != CertificateSubjectKind.Individual =>
                Refuse(SigningErrorCodes.IndividualCertificateRequired, $"certificate {signer.SerialNumber} is a legal entity's; sign with an individual's certificate"),
            CounterpartyIdentifierKind.Iin when signer.Iin != counterparty.Identifier =>
                Refuse(SigningErrorCodes.IinMismatch, $"certificate {signer.SerialNumber} belongs to another person, not to IIN {counterparty.Identifier}"),
            _ => Result.Success(),
        };
    }

    private static Result CheckInternal(EmployeeSigningFacts employee) =>
        employee.ProfileKind != SignerProfileKind.Company || employee.Rights.Contains(SigningRight.InternalDocuments)
            ? Result.Success()
            : Refuse(SigningErrorCodes.RightMissing, $"employee {employee.EmployeeId} has no right to work with internal documents");

    private static Result CheckExternal(DocumentKind kind, EmployeeSigningFacts employee, SignerFacts signer)
    {
        if (employee.ProfileKind != SignerProfileKind.Company)
        {
            return signer.SubjectKind == CertificateSubjectKind.Individual
                ? Result.Success()
                : Refuse(SigningErrorCodes.IndividualCertificateRequired, $"certificate {signer.SerialNumber} is a legal entity's; a sole proprietor or individual signs with an individual's certificate");
        }

        if (signer.SubjectKind != CertificateSubjectKind.LegalEntity)
        {
            return Refuse(SigningErrorCodes.CompanyCertificateRequired, $"certificate {signer.SerialNumber} is an individual's; sign with the company's certificate");
        }

        if (signer.Bin != employee.ProfileIdentifier)
        {
            return Refuse(SigningErrorCodes.BinMismatch, $"certificate {signer.SerialNumber} carries BIN {signer.Bin}, not the company's BIN {employee.ProfileIdentifier}");
        }

        if (signer.Role is not (CertificateRole.FirstHead or CertificateRole.SignRight))
        {
            return Refuse(SigningErrorCodes.RoleNotAllowed, $"certificate {signer.SerialNumber} does not state the first head or the right to sign");
        }

        var needed = kind == DocumentKind.ExternalOutgoing ? SigningRight.SignOutgoing : SigningRight.SignIncoming;
        return employee.Rights.Contains(needed)
            ? Result.Success()
            : Refuse(SigningErrorCodes.RightMissing, $"employee {employee.EmployeeId} lacks the {needed} right");
    }

    private static Result Refuse(string code, string reason) => Result.Failure(code, $"Signature refused: {reason}.");
}
