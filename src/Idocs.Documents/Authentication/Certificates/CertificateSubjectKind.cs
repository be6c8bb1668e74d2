namespace Idocs.Documents.Authentication.Certificates;

/// <summary>Whom the certificate was issued to.</summary>
public enum CertificateSubjectKind
{
    /// <summary>A private person (also a sole proprietor): carries an IIN.</summary>
    Individual,

    /// <summary>A person acting for a legal entity: carries the person's IIN and the entity's BIN.</summary>
    LegalEntity,
}
