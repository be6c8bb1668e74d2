namespace Idocs.Signatures.Certificates;

/// <summary>How strictly NCA certificates are read.</summary>
public sealed class NcaCertificateOptions
{
    /// <summary>
    /// Whether an IIN or BIN with a wrong check digit makes the certificate invalid. True in
    /// production; false for the NCA test environment, whose test IIN and BIN fail the check.
    /// </summary>
    public bool ValidateIdentifierChecksums { get; set; } = true;
}
