namespace Idocs.Signatures.Trust;

/// <summary>Error codes of trust configuration and path validation.</summary>
public static class TrustErrorCodes
{
    /// <summary>A certificate file named in <see cref="TrustOptions"/> does not exist.</summary>
    public const string CertificateFileNotFound = "trust.certificate_file_not_found";

    /// <summary>The configuration lists no trust anchor, so no chain could ever validate.</summary>
    public const string NoTrustAnchors = "trust.no_trust_anchors";

    /// <summary>A certificate configured as a trust anchor is not a CA certificate.</summary>
    public const string AnchorNotCa = "trust.anchor_not_ca";
}
