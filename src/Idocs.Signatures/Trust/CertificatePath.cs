using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// A candidate path: the trust anchor and the certificates it vouches for, ordered from the one
/// the anchor issued down to the target (RFC 5280 numbering 1..n).
/// </summary>
public sealed record CertificatePath(X509Certificate Anchor, IReadOnlyList<X509Certificate> Certificates)
{
    public X509Certificate Target => Certificates[^1];

    /// <summary>The issuer of the certificate at <paramref name="index"/>: the previous one, or the anchor.</summary>
    public X509Certificate IssuerOf(int index) => index == 0 ? Anchor : Certificates[index - 1];

    /// <summary>The whole chain from target to anchor, as reports show it.</summary>
    public IReadOnlyList<X509Certificate> TargetToAnchor() => [.. Certificates.Reverse(), Anchor];
}
