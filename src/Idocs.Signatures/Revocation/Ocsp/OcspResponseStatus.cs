using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>
/// A verified OCSP response for one certificate: good or revoked (an unknown status is an error,
/// not this record), the response times, the certificate whose key signed it, and the whole
/// OCSPResponse DER kept as evidence.
/// </summary>
public sealed record OcspResponseStatus(
    RevocationStatus Status,
    DateTimeOffset? RevocationTime,
    int? RevocationReason,
    DateTimeOffset ProducedAt,
    DateTimeOffset ThisUpdate,
    DateTimeOffset? NextUpdate,
    X509Certificate Responder,
    byte[] Der);
