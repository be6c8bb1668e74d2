using Idocs.Signatures.Reports;

namespace Idocs.Signatures.Certificates;

/// <summary>
/// A trust evaluator's verdict: checks such as <c>certificate-chain</c> and <c>revocation</c>
/// (each with its sub-indication) and the OCSP responses or CRLs used.
/// </summary>
public sealed record TrustEvaluation(
    IReadOnlyList<ValidationCheck> Checks,
    IReadOnlyList<ValidationEvidence> Evidence);
