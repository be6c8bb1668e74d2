namespace Idocs.Documents.Profiles;

public enum ProfileKind
{
    /// <summary>A legal entity (ТОО, АО…) identified by BIN.</summary>
    Company,

    /// <summary>A sole proprietor (ИП) identified by the owner's IIN.</summary>
    SoleProprietor,

    /// <summary>A private person identified by IIN.</summary>
    Individual,
}
