using Idocs.Signatures.Certificates;
using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Cms;

/// <summary>Checks on the signer's certificate that need no chain: key purpose, identifiers, validity.</summary>
internal static class SignerPolicyChecks
{
    public static ValidationCheck KeyUsage(NcaCertificate certificate, NcaKeyPurposes required)
    {
        return certificate.KeyPurposes.HasFlag(required)
            ? new ValidationCheck(ValidationCheckNames.KeyUsage, CheckStatus.Passed,
                $"Certificate {certificate.SerialNumber} may be used for {required}.")
            : new ValidationCheck(ValidationCheckNames.KeyUsage, CheckStatus.Failed,
                $"Certificate {certificate.SerialNumber} is for {certificate.KeyPurposes}, not {required}; sign with the signing certificate.",
                SubIndication.SigConstraintsFailure);
    }

    public static ValidationCheck Identity(NcaCertificate certificate, NcaCertificateOptions options)
    {
        var identifiers = new NcaCertificateReader(options).CheckIdentifiers(certificate);
        if (!identifiers.IsSuccess)
        {
            return new ValidationCheck(ValidationCheckNames.SignerIdentity, CheckStatus.Failed, identifiers.Error.Message, SubIndication.SigConstraintsFailure);
        }

        var checkedNote = options.ValidateIdentifierChecksums ? "check digits verified" : "check digits not verified (test environment)";
        return new ValidationCheck(ValidationCheckNames.SignerIdentity, CheckStatus.Passed,
            $"Signer {certificate.CommonName}, IIN {certificate.Iin ?? "none"}, BIN {certificate.Bin ?? "none"}; {checkedNote}.");
    }

    /// <summary>
    /// A signing time proven by a timestamp outside the certificate's validity fails the signature; an
    /// unproven one (claimed or the validation time) leaves it indeterminate.
    /// </summary>
    public static ValidationCheck Validity(NcaCertificate certificate, SigningTime signingTime)
    {
        var time = signingTime.Time;
        if (certificate.IsValidAt(time))
        {
            return new ValidationCheck(ValidationCheckNames.ValidityAtSigningTime, CheckStatus.Passed,
                $"Certificate {certificate.SerialNumber} was valid at {time:O} ({signingTime.Source}).");
        }

        var tooEarly = time < certificate.NotBefore;
        var reason = $"Certificate {certificate.SerialNumber} (valid {certificate.NotBefore:O} to {certificate.NotAfter:O}) " +
            $"was not valid at {time:O} ({signingTime.Source}).";
        if (signingTime.IsProven)
        {
            return new ValidationCheck(ValidationCheckNames.ValidityAtSigningTime, CheckStatus.Failed, reason,
                tooEarly ? SubIndication.NotYetValid : SubIndication.Expired);
        }

        return new ValidationCheck(ValidationCheckNames.ValidityAtSigningTime, CheckStatus.Indeterminate,
            reason + " No timestamp proves an earlier signing time.", SubIndication.OutOfBoundsNoPoe);
    }
}
