namespace Idocs.Signatures.TestPki;

public enum TestPkiSubjectKind
{
    /// <summary>A private person: IIN in serialNumber, extended key usage "individual".</summary>
    Individual,

    /// <summary>
    /// A sole proprietor (ИП): an individual certificate that also names the business in O and its
    /// BIN (normally equal to the IIN) in OU. NOTE: that NCA writes O and OU on such certificates is
    /// an assumption; no NCA sole-proprietor test certificate was available to compare.
    /// </summary>
    SoleProprietor,

    /// <summary>An employee of a legal entity: IIN, organisation in O, BIN in OU, "legal entity" plus role OIDs.</summary>
    Employee,
}
