namespace Idocs.Documents.Documents;

/// <summary>Which side of the document made a signature or a proposal.</summary>
public enum SigningParty
{
    /// <summary>The profile that owns this copy of the document.</summary>
    Owner,

    /// <summary>The counterparty named on the document.</summary>
    Counterparty,
}
