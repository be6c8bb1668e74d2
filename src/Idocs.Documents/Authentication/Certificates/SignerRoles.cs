namespace Idocs.Documents.Authentication.Certificates;

/// <summary>The roles a legal-entity certificate gives its owner in the organisation.</summary>
[Flags]
public enum SignerRoles
{
    None = 0,

    /// <summary>The first head (director) of the organisation.</summary>
    FirstHead = 1,

    /// <summary>An employee with the right to sign for the organisation.</summary>
    RightToSign = 2,

    /// <summary>An ordinary employee of the organisation.</summary>
    Employee = 4,

    /// <summary>An employee with the right to sign financial documents.</summary>
    FinancialSignature = 8,

    /// <summary>An employee of the human resources department.</summary>
    HumanResources = 16,
}
