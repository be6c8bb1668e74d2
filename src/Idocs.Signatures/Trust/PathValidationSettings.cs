namespace Idocs.Signatures.Trust;

/// <summary>
/// Inputs of one path validation (RFC 5280 section 6.1.1). <see cref="ValidationTime"/> is the
/// best signing time the caller established: a verified timestamp's time, or the claimed signing
/// time where policy allows it.
/// </summary>
public sealed record PathValidationSettings
{
    public required DateTimeOffset ValidationTime { get; init; }

    /// <summary>Acceptable policy OIDs; the default is anyPolicy.</summary>
    public IReadOnlySet<string> InitialPolicies { get; init; } = new HashSet<string> { "2.5.29.32.0" };

    public bool InitialExplicitPolicy { get; init; }

    public bool InitialPolicyMappingInhibit { get; init; }

    public bool InitialAnyPolicyInhibit { get; init; }

    /// <summary>Whether every certificate below the anchor is checked for revocation.</summary>
    public bool CheckRevocation { get; init; } = true;

    /// <summary>
    /// RFC 5280 conformance mode, as test suites such as NIST PKITS expect: a certificate whose
    /// revocation status cannot be determined, or a target with no path to an anchor, fails.
    /// When false (the product default), both give INDETERMINATE (TRY_LATER and
    /// NO_CERTIFICATE_CHAIN_FOUND), since more data may settle them later.
    /// </summary>
    public bool IndeterminateIsFailure { get; init; }
}
