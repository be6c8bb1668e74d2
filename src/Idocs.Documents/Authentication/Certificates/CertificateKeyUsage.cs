namespace Idocs.Documents.Authentication.Certificates;

/// <summary>What the certificate's key may be used for, as NCA RK certificates state it.</summary>
public enum CertificateKeyUsage
{
    /// <summary>An AUTH certificate: logging in, not signing documents.</summary>
    Authentication,

    /// <summary>A signing (RSA or GOST) certificate: documents only.</summary>
    Signing,

    /// <summary>One key for both uses, as certificates issued since 2022 have.</summary>
    AuthenticationAndSigning,
}
