namespace Idocs.Documents.Signing;

/// <summary>Whom a certificate was issued to.</summary>
public enum CertificateSubjectKind
{
    /// <summary>A person (физическое лицо), also used by sole proprietors; carries an IIN only.</summary>
    Individual,

    /// <summary>A person acting for a legal entity; carries the person's IIN, the company's BIN and a role.</summary>
    LegalEntity,
}
