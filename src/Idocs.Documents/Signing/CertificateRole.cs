namespace Idocs.Documents.Signing;

/// <summary>The role in the company that a legal entity certificate states.</summary>
public enum CertificateRole
{
    /// <summary>No role, or a role without signing authority (for example an ordinary employee).</summary>
    None,

    /// <summary>The first head (первый руководитель).</summary>
    FirstHead,

    /// <summary>An employee with the right to sign (лицо, наделённое правом подписи).</summary>
    SignRight,
}
