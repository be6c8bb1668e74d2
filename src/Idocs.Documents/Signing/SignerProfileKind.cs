namespace Idocs.Documents.Signing;

/// <summary>The kind of profile a signer acts for.</summary>
public enum SignerProfileKind
{
    Company,
    SoleProprietor,
    Individual,
}
