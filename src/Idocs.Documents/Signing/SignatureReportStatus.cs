namespace Idocs.Documents.Signing;

/// <summary>The overall status of a signature validation report.</summary>
public enum SignatureReportStatus
{
    /// <summary>Every check ran and passed (TOTAL-PASSED).</summary>
    Passed,

    /// <summary>A check could not run, for example no OCSP answer and no fresh CRL.</summary>
    Indeterminate,

    /// <summary>A check ran and failed (TOTAL-FAILED).</summary>
    Failed,
}
