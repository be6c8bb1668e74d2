using Idocs.Signatures.Reports;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>
/// The trust part of a signature validation: the certificate-chain, validity-at-signing-time and
/// revocation checks, the chain that was chosen (target first, anchor last; empty when none was
/// found), and the revocation evidence used.
/// </summary>
public sealed record ChainValidationResult
{
    public required Indication Indication { get; init; }

    public SubIndication SubIndication { get; init; }

    public required IReadOnlyList<ValidationCheck> Checks { get; init; }

    public IReadOnlyList<X509Certificate> Chain { get; init; } = [];

    public IReadOnlyList<ValidationEvidence> Evidence { get; init; } = [];

    /// <summary>Policy OIDs the path is valid for (the authorities-constrained policy set of RFC 5280).</summary>
    public IReadOnlyList<string> ValidPolicies { get; init; } = [];
}
