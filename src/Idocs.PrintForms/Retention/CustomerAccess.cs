namespace Idocs.PrintForms.Retention;

/// <summary>What a customer may do with their documents, depending on whether and when they ended the contract.</summary>
public enum CustomerAccess
{
    /// <summary>The contract runs: everything the customer's rights allow.</summary>
    Full,

    /// <summary>The contract ended less than the read-only period ago: read and download only.</summary>
    ReadOnly,

    /// <summary>The read-only period after the termination is over.</summary>
    Closed,
}
