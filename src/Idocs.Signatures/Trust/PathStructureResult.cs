namespace Idocs.Signatures.Trust;

/// <summary>
/// Outcome of <see cref="CertificatePathValidator.Validate"/>: the first chain failure, the first
/// validity failure, and the authorities-constrained policy set when the chain passed.
/// </summary>
public sealed record PathStructureResult(
    PathCheckFailure? ChainFailure,
    PathCheckFailure? ValidityFailure,
    IReadOnlyList<string> ConstrainedPolicies);
