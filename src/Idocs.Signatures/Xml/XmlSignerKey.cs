using Idocs.Common.Results;
using Idocs.Signatures.Reports;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Xml;

/// <summary>
/// The key that checks a signature value: from the caller's override, from the signer's
/// certificate in <c>KeyInfo/X509Data</c>, or from a bare <c>RSAKeyValue</c>.
/// </summary>
/// <param name="PublicKey">The public key.</param>
/// <param name="Certificate">The signer's certificate, when the key came from one.</param>
/// <param name="CertificateDer">The certificate's DER bytes, when the key came from one.</param>
/// <param name="Source">Where the key came from, for the report.</param>
internal sealed record XmlSignerKey(
    SubjectPublicKeyInfo PublicKey,
    X509CertificateStructure? Certificate,
    byte[]? CertificateDer,
    string Source)
{
    /// <summary>Selects the key; null with no error means the signature carries no usable key.</summary>
    public static Result<XmlSignerKey?> Select(ParsedXmlSignature signature, SubjectPublicKeyInfo? keyOverride)
    {
        if (keyOverride is not null)
        {
            return new XmlSignerKey(keyOverride, null, null, "the key supplied by the caller");
        }

        if (signature.CertificateElements.Count > 0)
        {
            return SelectCertificate(signature.CertificateElements);
        }

        if (signature.RsaKeyValue is { } rsa)
        {
            var publicKey = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(PkcsObjectIdentifiers.RsaEncryption, DerNull.Instance),
                new RsaPublicKeyStructure(new BigInteger(1, rsa.Modulus), new BigInteger(1, rsa.Exponent)));
            return new XmlSignerKey(publicKey, null, null, "KeyInfo/KeyValue/RSAKeyValue");
        }

        return Result<XmlSignerKey?>.Success(null);
    }

    // KeyInfo may carry the chain beside the signer's certificate (NCALayer puts only the signer's).
    // The signer's certificate is the one that issued none of the others.
    private static Result<XmlSignerKey?> SelectCertificate(IReadOnlyList<System.Xml.XmlElement> certificates)
    {
        var parsed = new List<(X509CertificateStructure Certificate, byte[] Der)>();
        foreach (var element in certificates)
        {
            var der = XmlSignatureStructure.Base64Content(element, "X509Certificate");
            if (!der.IsSuccess)
            {
                return Result<XmlSignerKey?>.Failure(
                    XmlSignatureErrorCodes.SigningCertificateInvalid,
                    $"KeyInfo/X509Data/X509Certificate cannot be read: {der.Error.Message}");
            }

            try
            {
                parsed.Add((X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(der.Value)), der.Value));
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or InvalidCastException or InvalidOperationException)
            {
                return Result<XmlSignerKey?>.Failure(
                    XmlSignatureErrorCodes.SigningCertificateInvalid,
                    $"KeyInfo/X509Data/X509Certificate is not a DER X.509 certificate: {ex.Message}");
            }
        }

        var leaves = parsed
            .Where(candidate => !parsed.Any(other => !ReferenceEquals(other.Der, candidate.Der) && other.Certificate.Issuer.Equivalent(candidate.Certificate.Subject)))
            .ToList();
        if (leaves.Count != 1)
        {
            return Result<XmlSignerKey?>.Failure(
                XmlSignatureErrorCodes.SigningCertificateInvalid,
                $"KeyInfo holds {parsed.Count} certificates and the signer's certificate cannot be told apart; send only the signer's certificate and its chain.");
        }

        var (certificate, certificateDer) = leaves[0];
        return new XmlSignerKey(certificate.SubjectPublicKeyInfo, certificate, certificateDer, "KeyInfo/X509Data/X509Certificate");
    }

    /// <summary>
    /// Reads the signer's identity from the certificate subject: CN, SERIALNUMBER "IIN…",
    /// OU "BIN…" and O, as NCA certificates carry them.
    /// </summary>
    // NOTE: this reads only the subject fields the report needs; the full NCA certificate
    // profile (roles, key usage, IIN/BIN checksums) belongs to the certificate model.
    public SignerIdentity? ReadIdentity()
    {
        if (Certificate is null)
        {
            return null;
        }

        var subject = Certificate.Subject;
        var iin = First(subject, X509Name.SerialNumber, "IIN");
        var bin = First(subject, X509Name.OU, "BIN");
        return new SignerIdentity(
            First(subject, X509Name.CN, string.Empty) ?? string.Empty,
            iin?[3..],
            bin?[3..],
            First(subject, X509Name.O, string.Empty),
            Certificate.SerialNumber.Value.ToString(16),
            Certificate.Issuer.ToString(),
            Certificate.StartDate.ToDateTime(),
            Certificate.EndDate.ToDateTime());
    }

    private static string? First(X509Name name, DerObjectIdentifier attribute, string prefix) =>
        name.GetValueList(attribute).FirstOrDefault(value => value.StartsWith(prefix, StringComparison.Ordinal));
}
