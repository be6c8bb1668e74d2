namespace Idocs.Signatures.Reports;

/// <summary>
/// A piece of evidence a validation relied on: an OCSP response, a CRL, a timestamp token.
/// The raw DER is kept so that the signature can be proven later, after the certificate expired.
/// </summary>
/// <param name="Kind">One of <see cref="EvidenceKinds"/>.</param>
/// <param name="Description">Human-readable summary: responder, CRL number, timestamp serial and time.</param>
/// <param name="ProducedAt">When the evidence was produced (OCSP producedAt, CRL thisUpdate, TST genTime).</param>
/// <param name="Der">The evidence as DER bytes, or null where it is not retained.</param>
public sealed record ValidationEvidence(
    string Kind,
    string Description,
    DateTimeOffset? ProducedAt,
    byte[]? Der);
