namespace Idocs.Documents.Documents;

/// <summary>How a counterparty is identified.</summary>
public enum CounterpartyIdentifierKind
{
    /// <summary>A company's business identification number (БИН), 12 digits.</summary>
    Bin,

    /// <summary>A person's or sole proprietor's individual identification number (ИИН), 12 digits.</summary>
    Iin,

    /// <summary>An email address of a counterparty that has no profile on the platform.</summary>
    Email,
}
