using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation;

/// <summary>
/// A question to a revocation source: is <paramref name="Certificate"/>, issued by
/// <paramref name="Issuer"/>, revoked as of <paramref name="ValidationTime"/>?
/// </summary>
/// <param name="Certificate">The certificate whose status is asked.</param>
/// <param name="Issuer">The certificate (or trust anchor) that issued it and whose key signed it.</param>
/// <param name="ValidationTime">The time the status is asked for; sources judge freshness against it.</param>
/// <param name="SignerValidator">
/// Validates a certificate that signed revocation data on the issuer's behalf (a separate CRL
/// signing key, an indirect CRL issuer) from the same trust anchor. Null means such signers
/// are not accepted.
/// </param>
public sealed record RevocationRequest(
    X509Certificate Certificate,
    X509Certificate Issuer,
    DateTimeOffset ValidationTime,
    IRevocationSignerValidator? SignerValidator = null);
