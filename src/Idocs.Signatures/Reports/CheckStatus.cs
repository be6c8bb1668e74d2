namespace Idocs.Signatures.Reports;

public enum CheckStatus
{
    Passed,
    Failed,

    /// <summary>The check could not run or lacked evidence; see the check's reason.</summary>
    Indeterminate,

    /// <summary>The check does not apply to this signature (for example no timestamp present).</summary>
    NotApplicable,
}
