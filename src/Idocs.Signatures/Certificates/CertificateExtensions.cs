using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Certificates;

/// <summary>Reads the extensions the NCA profile relies on, tolerating their absence.</summary>
internal static class CertificateExtensions
{
    public static IReadOnlyList<string> ExtendedKeyUsages(X509Certificate certificate)
    {
        var value = certificate.GetExtensionValue(X509Extensions.ExtendedKeyUsage);
        if (value is null)
        {
            return [];
        }

        var usage = ExtendedKeyUsage.GetInstance(Asn1Object.FromByteArray(value.GetOctets()));
        return usage.GetAllUsages().Select(oid => oid.Id).ToList();
    }

    public static IReadOnlyList<string> Policies(X509Certificate certificate)
    {
        var value = certificate.GetExtensionValue(X509Extensions.CertificatePolicies);
        if (value is null)
        {
            return [];
        }

        var policies = CertificatePolicies.GetInstance(Asn1Object.FromByteArray(value.GetOctets()));
        return policies.GetPolicyInformation().Select(policy => policy.PolicyIdentifier.Id).ToList();
    }

    /// <summary>Returns the first rfc822Name of the subject alternative name, if any.</summary>
    public static string? SubjectEmail(X509Certificate certificate)
    {
        var value = certificate.GetExtensionValue(X509Extensions.SubjectAlternativeName);
        if (value is null)
        {
            return null;
        }

        var names = GeneralNames.GetInstance(Asn1Object.FromByteArray(value.GetOctets()));
        return names.GetNames()
            .Where(name => name.TagNo == GeneralName.Rfc822Name)
            .Select(name => name.Name.ToString())
            .FirstOrDefault();
    }
}
