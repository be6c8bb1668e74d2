using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Xml;

/// <summary>What a caller requires of the XMLDSig signatures it verifies.</summary>
public sealed record XmlSignatureVerificationOptions
{
    /// <summary>
    /// Content every signature must cover; a signature that misses any of it is rejected. The
    /// default is the whole document. An empty list is rejected, because a signature over
    /// nothing the caller reads proves nothing.
    /// </summary>
    public IReadOnlyList<XmlCoverageRequirement> RequiredCoverage { get; init; } = [XmlCoverageRequirement.WholeDocument];

    /// <summary>Whether SHA-1 digests and RSA-SHA1 signatures are accepted; off by default.</summary>
    public bool AllowSha1 { get; init; }

    /// <summary>
    /// A public key that checks every signature value in place of the key in <c>KeyInfo</c>, for
    /// keys known out of band. No certificate then identifies the signer, so the report stays
    /// indeterminate on the signer.
    /// </summary>
    public SubjectPublicKeyInfo? SignerKeyOverride { get; init; }

    public static XmlSignatureVerificationOptions Default { get; } = new();
}
