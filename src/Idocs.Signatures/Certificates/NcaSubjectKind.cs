namespace Idocs.Signatures.Certificates;

/// <summary>Who a certificate was issued to, as its roles and identifiers imply.</summary>
public enum NcaSubjectKind
{
    /// <summary>The certificate has neither a role nor an IIN or BIN that identifies the subject.</summary>
    Unknown,

    /// <summary>A private person or a sole proprietor: individual role, IIN only.</summary>
    Individual,

    /// <summary>A person acting for a legal entity: legal-entity role or a BIN, with the person's IIN.</summary>
    LegalEntityEmployee,

    /// <summary>A legal entity's information system: legal-entity role and BIN, no IIN.</summary>
    InformationSystem,
}
