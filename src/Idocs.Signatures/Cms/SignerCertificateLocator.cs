using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Finds the certificate a SignerInfo names, by issuer and serial or by subject key identifier. The
/// issuer must match byte for byte: signers copy it from the certificate, and looser X.500 matching
/// would let case changes in the unsigned identifier go unnoticed.
/// </summary>
internal static class SignerCertificateLocator
{
    public static X509Certificate? Find(SignerIdentifier signer, IEnumerable<X509Certificate> certificates)
    {
        if (signer.IsTagged)
        {
            var keyIdentifier = Asn1OctetString.GetInstance(signer.ID).GetOctets();
            return certificates.FirstOrDefault(c => SubjectKeyIdentifierOf(c)?.AsSpan().SequenceEqual(keyIdentifier) == true);
        }

        var issuerAndSerial = IssuerAndSerialNumber.GetInstance(signer.ID);
        var issuer = issuerAndSerial.Issuer.GetEncoded(Asn1Encodable.Der);
        return certificates.FirstOrDefault(c =>
            c.SerialNumber.Equals(issuerAndSerial.SerialNumber.Value) && c.IssuerDN.GetEncoded(Asn1Encodable.Der).AsSpan().SequenceEqual(issuer));
    }

    /// <summary>Reads every X.509 certificate of a SignedData certificate set, skipping other choices.</summary>
    public static IReadOnlyList<X509Certificate> Certificates(Asn1Set? set)
    {
        if (set is null)
        {
            return [];
        }

        return set.Cast<Asn1Encodable>()
            .Select(e => e.ToAsn1Object())
            .OfType<Asn1Sequence>()
            .Select(s => new X509Certificate(X509CertificateStructure.GetInstance(s)))
            .ToList();
    }

    private static byte[]? SubjectKeyIdentifierOf(X509Certificate certificate)
    {
        var value = certificate.GetExtensionValue(X509Extensions.SubjectKeyIdentifier);
        return value is null ? null : Asn1OctetString.GetInstance(Asn1Object.FromByteArray(value.GetOctets())).GetOctets();
    }
}
