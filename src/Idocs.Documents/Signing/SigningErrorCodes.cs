namespace Idocs.Documents.Signing;

/// <summary>Why a signature was refused. A refused signature never changes the document.</summary>
public static class SigningErrorCodes
{
    /// <summary>The report is TOTAL-FAILED: the CMS does not match the stored bytes, or the chain or validity failed.</summary>
    public const string VerificationFailed = "signing.verification_failed";

    /// <summary>A check could not run (for example revocation unknown); the user retries later.</summary>
    public const string VerificationIndeterminate = "signing.verification_indeterminate";

    public const string CertificateRevoked = "signing.certificate_revoked";

    /// <summary>The certificate is for logging in (AUTH), not for signing.</summary>
    public const string AuthenticationCertificate = "signing.authentication_certificate";

    /// <summary>The certificate's IIN is not the signing employee's IIN.</summary>
    public const string IinMismatch = "signing.iin_mismatch";

    /// <summary>The legal entity certificate carries another company's BIN.</summary>
    public const string BinMismatch = "signing.bin_mismatch";

    /// <summary>The legal entity certificate states neither first head nor right to sign.</summary>
    public const string RoleNotAllowed = "signing.role_not_allowed";

    /// <summary>The employee lacks the right the document kind needs (sign outgoing, sign incoming, internal documents).</summary>
    public const string RightMissing = "signing.right_missing";

    /// <summary>A company's external document was signed with an individual's certificate.</summary>
    public const string CompanyCertificateRequired = "signing.company_certificate_required";

    /// <summary>A sole proprietor or individual signed with a legal entity certificate.</summary>
    public const string IndividualCertificateRequired = "signing.individual_certificate_required";

    /// <summary>The route does not wait for this employee's signature now.</summary>
    public const string OutOfTurn = "signing.out_of_turn";

    /// <summary>The employee does not act for the profile that owns the document.</summary>
    public const string NotOwnersEmployee = "signing.not_owners_employee";

    /// <summary>
    /// The stored file's bytes no longer hash to the key they were stored under; nothing is signed
    /// until the file is restored.
    /// </summary>
    public const string StoredFileMismatch = "signing.stored_file_mismatch";
}
