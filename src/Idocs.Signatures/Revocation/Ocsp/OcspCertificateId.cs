using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>
/// Builds and compares OCSP CertIDs (RFC 6960 4.1.1) from the issuer's name and key bytes, so that
/// GOST issuers work although BouncyCastle cannot decode their keys.
/// </summary>
public static class OcspCertificateId
{
    public static CertID Create(X509Certificate issuer, X509Certificate certificate, string hashAlgorithm)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(certificate);

        var oid = DigestUtilities.GetObjectIdentifier(hashAlgorithm)
            ?? throw new ArgumentException($"Unknown OCSP CertID hash '{hashAlgorithm}'; use SHA256 or SHA1.", nameof(hashAlgorithm));
        var algorithm = new AlgorithmIdentifier(oid, DerNull.Instance);
        return Create(issuer, certificate.SerialNumber, algorithm);
    }

    /// <summary>Returns true when <paramref name="id"/> names <paramref name="certificate"/> of <paramref name="issuer"/>, whatever hash it uses.</summary>
    public static bool Matches(CertID id, X509Certificate issuer, X509Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(certificate);
        return id.SerialNumber.Value.Equals(certificate.SerialNumber) && MatchesIssuer(id, issuer);
    }

    /// <summary>Returns true when the issuer name and key hashes of <paramref name="id"/> are those of <paramref name="issuer"/>.</summary>
    public static bool MatchesIssuer(CertID id, X509Certificate issuer)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(issuer);

        CertID expected;
        try
        {
            expected = Create(issuer, id.SerialNumber.Value, id.HashAlgorithm);
        }
        catch (SecurityUtilityException)
        {
            return false;
        }

        return expected.IssuerNameHash.Equals(id.IssuerNameHash) && expected.IssuerKeyHash.Equals(id.IssuerKeyHash);
    }

    /// <summary>SHA-1 of the issuer's public key bits, as OCSP's ResponderID byKey uses.</summary>
    public static byte[] KeyHash(X509Certificate certificate) =>
        DigestUtilities.CalculateDigest("SHA1", certificate.CertificateStructure.SubjectPublicKeyInfo.PublicKey.GetBytes());

    private static CertID Create(X509Certificate issuer, Org.BouncyCastle.Math.BigInteger serial, AlgorithmIdentifier algorithm)
    {
        var digest = DigestUtilities.GetDigest(algorithm.Algorithm);
        var nameHash = DigestUtilities.DoFinal(digest, issuer.SubjectDN.GetEncoded());
        var keyHash = DigestUtilities.DoFinal(digest, issuer.CertificateStructure.SubjectPublicKeyInfo.PublicKey.GetBytes());
        return new CertID(algorithm, new DerOctetString(nameHash), new DerOctetString(keyHash), new DerInteger(serial));
    }
}
