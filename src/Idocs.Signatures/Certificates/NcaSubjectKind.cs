namespace Idocs.Signatures.Certificates;

/// <summary>Who a certificate was issued to, as its roles and identifiers imply.</summary>
public enum NcaSubjectKind
{
    /// <summary>Neither roles nor identifiers say.</summary>
    Unknown,

    /// <summary>A private person or a sole proprietor: individual role, IIN only.</summary>
    Individual,

    /// <summary>A person acting for a legal entity: legal-entity role or a BIN, with the person's IIN.</summary>
    LegalEntityEmployee,

    /// <summary>A legal entity's information system: legal-entity role and BIN, no IIN.</summary>
    InformationSystem,
}
