namespace Idocs.Web.Cabinet.Documents;

/// <summary>The validation status the document page shows for a signature.</summary>
public enum SignatureCheck
{
    /// <summary>The stored report shows that every check ran and passed.</summary>
    Valid,

    /// <summary>The stored report shows that a check could not run, so the signature is not shown as valid.</summary>
    Indeterminate,

    /// <summary>The stored report shows that a check ran and failed.</summary>
    Invalid,

    /// <summary>No readable report is stored for the signature, so the page cannot say either way.</summary>
    ReportMissing,
}
