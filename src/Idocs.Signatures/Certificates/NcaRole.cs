namespace Idocs.Signatures.Certificates;

/// <summary>A role the NCA writes into a certificate's extended key usage.</summary>
public enum NcaRole
{
    Individual,
    LegalEntity,
    FirstHead,
    RightToSign,
    FinancialSigning,
    HumanResources,
    Employee,
}
