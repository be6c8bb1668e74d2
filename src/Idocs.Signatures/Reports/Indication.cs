namespace Idocs.Signatures.Reports;

/// <summary>Overall outcome of a signature validation, as ETSI EN 319 102-1 names them.</summary>
public enum Indication
{
    /// <summary>Every check ran and passed.</summary>
    TotalPassed,

    /// <summary>
    /// No check failed, but at least one could not run or lacked evidence (revocation data,
    /// a trusted chain, a timestamp). Never presented to users as valid.
    /// </summary>
    Indeterminate,

    /// <summary>A check failed: the signature is not acceptable.</summary>
    TotalFailed,
}
