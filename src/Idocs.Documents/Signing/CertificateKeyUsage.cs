namespace Idocs.Documents.Signing;

/// <summary>What an NCA RK certificate's key is for: signing documents, or logging in (AUTH).</summary>
public enum CertificateKeyUsage
{
    Signing,
    Authentication,
}
