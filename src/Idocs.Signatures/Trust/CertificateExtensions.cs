using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using Org.BouncyCastle.X509.Extension;

namespace Idocs.Signatures.Trust;

/// <summary>Reads the X.509 extensions path validation needs; null means the extension is absent.</summary>
internal static class CertificateExtensions
{
    public const string AnyPolicy = "2.5.29.32.0";

    public static bool IsSelfIssued(X509Certificate certificate) =>
        DistinguishedNames.AreEqual(certificate.SubjectDN, certificate.IssuerDN);

    public static Asn1Object? Get(X509Certificate certificate, DerObjectIdentifier oid)
    {
        var value = certificate.GetExtensionValue(oid);
        return value is null ? null : X509ExtensionUtilities.FromExtensionValue(value);
    }

    /// <summary>Policy OIDs of the certificatePolicies extension, or null when it is absent.</summary>
    public static IReadOnlyList<string>? GetPolicies(X509Certificate certificate)
    {
        var value = Get(certificate, X509Extensions.CertificatePolicies);
        if (value is null)
        {
            return null;
        }

        return CertificatePolicies.GetInstance(value).GetPolicyInformation()
            .Select(policy => policy.PolicyIdentifier.Id)
            .ToList();
    }

    /// <summary>Issuer-domain to subject-domain pairs of the policyMappings extension.</summary>
    public static IReadOnlyList<(string IssuerDomain, string SubjectDomain)>? GetPolicyMappings(X509Certificate certificate)
    {
        var value = Get(certificate, X509Extensions.PolicyMappings);
        if (value is null)
        {
            return null;
        }

        var result = new List<(string, string)>();
        foreach (var item in Asn1Sequence.GetInstance(value))
        {
            var pair = Asn1Sequence.GetInstance(item);
            result.Add((DerObjectIdentifier.GetInstance(pair[0]).Id, DerObjectIdentifier.GetInstance(pair[1]).Id));
        }

        return result;
    }

    public static (int? RequireExplicitPolicy, int? InhibitPolicyMapping)? GetPolicyConstraints(X509Certificate certificate)
    {
        var value = Get(certificate, X509Extensions.PolicyConstraints);
        if (value is null)
        {
            return null;
        }

        int? require = null;
        int? inhibit = null;
        foreach (var item in Asn1Sequence.GetInstance(value))
        {
            var tagged = Asn1TaggedObject.GetInstance(item);
            var number = DerInteger.GetInstance(tagged, false).IntValueExact;
            if (tagged.TagNo == 0)
            {
                require = number;
            }
            else if (tagged.TagNo == 1)
            {
                inhibit = number;
            }
        }

        return (require, inhibit);
    }

    public static int? GetInhibitAnyPolicy(X509Certificate certificate)
    {
        var value = Get(certificate, X509Extensions.InhibitAnyPolicy);
        return value is null ? null : DerInteger.GetInstance(value).IntValueExact;
    }

    public static NameConstraints? GetNameConstraints(X509Certificate certificate)
    {
        var value = Get(certificate, X509Extensions.NameConstraints);
        return value is null ? null : NameConstraints.GetInstance(value);
    }

    public static IReadOnlyList<GeneralName> GetSubjectAlternativeNames(X509Certificate certificate)
    {
        var value = Get(certificate, X509Extensions.SubjectAlternativeName);
        return value is null ? [] : GeneralNames.GetInstance(value).GetNames();
    }

    /// <summary>Basic constraints: whether present, the cA flag and pathLenConstraint (null when absent).</summary>
    public static (bool Present, bool IsCa, int? PathLength) GetBasicConstraints(X509Certificate certificate)
    {
        var value = Get(certificate, X509Extensions.BasicConstraints);
        if (value is null)
        {
            return (false, false, null);
        }

        var constraints = BasicConstraints.GetInstance(value);
        var pathLength = constraints.PathLenConstraint;
        return (true, constraints.IsCA(), pathLength is null ? null : pathLength.IntValueExact);
    }
}
