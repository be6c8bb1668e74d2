namespace Idocs.Web.Cabinet.Documents;

/// <summary>The validation status the document page shows for a signature.</summary>
public enum SignatureCheck
{
    /// <summary>The stored report says every check ran and passed.</summary>
    Valid,

    /// <summary>The stored report says a check could not run; never shown as valid.</summary>
    Indeterminate,

    /// <summary>The stored report says a check ran and failed.</summary>
    Invalid,

    /// <summary>No readable report is stored for the signature, so the page cannot say either way.</summary>
    ReportMissing,
}
