namespace Idocs.Signatures.Validation;

/// <summary>
/// The <c>Signatures</c> configuration section. Trust anchors and intermediates sit under
/// <c>Signatures:Trust</c>, OCSP under <c>Signatures:Ocsp</c> and CRL sources under <c>Signatures:Crl</c>.
/// </summary>
public sealed class SignaturesOptions
{
    public const string SectionName = "Signatures";

    /// <summary>Whether IIN and BIN checksums are checked. Turn off only for NCA test certificates, whose identifiers fail them.</summary>
    public bool ValidateIdentifierChecksums { get; set; } = true;

    /// <summary>Whether a signature without a valid timestamp may be judged at its claimed signing time.</summary>
    public bool AllowClaimedSigningTime { get; set; }

    /// <summary>How long a CRL source may take to download; also bounds the HTTP client used for CRLs.</summary>
    public TimeSpan CrlDownloadTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
