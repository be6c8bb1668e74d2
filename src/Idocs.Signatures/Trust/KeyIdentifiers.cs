using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>Reads subject and authority key identifiers; null when absent or unreadable.</summary>
public static class KeyIdentifiers
{
    public static byte[]? GetSubjectKeyIdentifier(X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        try
        {
            var value = CertificateExtensions.Get(certificate, X509Extensions.SubjectKeyIdentifier);
            return value is null ? null : Asn1OctetString.GetInstance(value).GetOctets();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static byte[]? GetAuthorityKeyIdentifier(X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        try
        {
            var value = CertificateExtensions.Get(certificate, X509Extensions.AuthorityKeyIdentifier);
            return value is null ? null : AuthorityKeyIdentifier.GetInstance(value).KeyIdentifier?.GetOctets();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
