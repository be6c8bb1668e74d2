using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Revocation.Crl;

/// <summary>One revoked certificate listed in a CRL.</summary>
/// <param name="SerialNumber">Serial number of the revoked certificate.</param>
/// <param name="CertificateIssuer">The issuer of the revoked certificate (differs from the CRL issuer only in an indirect CRL).</param>
/// <param name="RevocationDate">When the CA revoked the certificate.</param>
/// <param name="ReasonCode">CRLReason (RFC 5280 5.3.1), null when the entry has none.</param>
/// <param name="HasUnknownCriticalExtension">True when the entry carries a critical extension this library does not process.</param>
public sealed record CrlEntry(
    BigInteger SerialNumber,
    X509Name CertificateIssuer,
    DateTimeOffset RevocationDate,
    int? ReasonCode,
    bool HasUnknownCriticalExtension);
