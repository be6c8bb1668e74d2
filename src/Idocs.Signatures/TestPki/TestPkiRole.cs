namespace Idocs.Signatures.TestPki;

/// <summary>Role of a legal entity's employee, written as an extended key usage OID.</summary>
public enum TestPkiRole
{
    FirstHead,
    RightToSign,
    RightToSignFinancial,
    HumanResources,
    Employee,
}
