using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Revocation;

/// <summary>
/// The revocation status of one certificate with the evidence behind it.
/// </summary>
/// <param name="Status">Good, revoked or unknown.</param>
/// <param name="Reason">What decided the status, naming the source (OCSP responder, CRL number) or the failure.</param>
/// <param name="RevocationTime">When the certificate was revoked; set only with <see cref="RevocationStatus.Revoked"/>.</param>
/// <param name="RevocationReason">The CRLReason code (RFC 5280 5.3.1) when the source gave one.</param>
public sealed record RevocationResult(
    RevocationStatus Status,
    string Reason,
    DateTimeOffset? RevocationTime = null,
    int? RevocationReason = null)
{
    public IReadOnlyList<ValidationEvidence> Evidence { get; init; } = [];

    public static RevocationResult Unknown(string reason) => new(RevocationStatus.Unknown, reason);
}
