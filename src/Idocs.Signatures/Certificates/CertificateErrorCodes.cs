namespace Idocs.Signatures.Certificates;

/// <summary>Error codes of reading NCA certificates.</summary>
public static class CertificateErrorCodes
{
    /// <summary>
    /// The subject's IIN fails the check-digit rule. NCA test certificates carry such IINs, so
    /// test environments turn the check off through <see cref="NcaCertificateOptions"/>.
    /// </summary>
    public const string InvalidIin = "signatures.certificates.invalid_iin";

    /// <summary>The subject's BIN fails the check-digit rule; see <see cref="InvalidIin"/>.</summary>
    public const string InvalidBin = "signatures.certificates.invalid_bin";
}
