using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.X509;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Idocs.Signatures.Cms;

/// <summary>
/// Builds a DER SignedData with one signer whose signed attributes are contentType, signingTime,
/// signingCertificateV2 and messageDigest; shared by CAdES signatures and timestamp tokens.
/// </summary>
internal static class SignedDataBuilder
{
    public static byte[] Build(
        SigningKey key, DerObjectIdentifier contentType, byte[] content, bool attached, DateTimeOffset signingTime,
        Func<byte[], DerSet?>? unsignedAttributes = null)
    {
        var (digestAlgorithm, signerInfo) = BuildSignerInfo(key, contentType, content, signingTime, unsignedAttributes);
        var signedData = new SignedData(
            new DerSet(digestAlgorithm),
            new ContentInfo(contentType, attached ? new DerOctetString(content) : null),
            new DerSet(key.Certificate.CertificateStructure),
            null,
            new DerSet(signerInfo));
        return Encode(signedData);
    }

    /// <summary>Adds one more signer to an existing SignedData, merging digest algorithms and certificates.</summary>
    public static byte[] AddSigner(
        SignedData existing, SigningKey key, byte[] content, DateTimeOffset signingTime, Func<byte[], DerSet?>? unsignedAttributes)
    {
        var contentType = existing.EncapContentInfo.ContentType;
        var (digestAlgorithm, signerInfo) = BuildSignerInfo(key, contentType, content, signingTime, unsignedAttributes);
        var digestAlgorithms = existing.DigestAlgorithms.Cast<Asn1Encodable>().ToList();
        if (!digestAlgorithms.Select(AlgorithmIdentifier.GetInstance).Any(a => a.Algorithm.Equals(digestAlgorithm.Algorithm)))
        {
            digestAlgorithms.Add(digestAlgorithm);
        }

        var certificates = existing.Certificates?.Cast<Asn1Encodable>().ToList() ?? [];
        var certificate = key.Certificate.CertificateStructure;
        if (!certificates.Any(c => c.ToAsn1Object().Equals(certificate.ToAsn1Object())))
        {
            certificates.Add(certificate);
        }

        var signerInfos = existing.SignerInfos.Cast<Asn1Encodable>().Append(signerInfo).ToArray();
        var signedData = new SignedData(
            new DerSet(digestAlgorithms.ToArray()), existing.EncapContentInfo, new DerSet(certificates.ToArray()), existing.CRLs, new DerSet(signerInfos));
        return Encode(signedData);
    }

    private static (AlgorithmIdentifier DigestAlgorithm, SignerInfo SignerInfo) BuildSignerInfo(
        SigningKey key, DerObjectIdentifier contentType, byte[] content, DateTimeOffset signingTime, Func<byte[], DerSet?>? unsignedAttributes)
    {
        var scheme = SignatureGenerator.SchemeFor(key.Certificate.SubjectPublicKeyInfo);
        var digestAlgorithm = new AlgorithmIdentifier(new DerObjectIdentifier(DigestAlgorithms.ToOid(scheme.Digest)), DerNull.Instance);
        var signedAttributes = SignedAttributes(key, contentType, DigestAlgorithms.Compute(scheme.Digest, content), signingTime);
        var signature = SignatureGenerator.Sign(key.PrivateKey, scheme, signedAttributes.GetEncoded(Asn1Encodable.Der));
        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(key.Certificate.IssuerDN, key.Certificate.SerialNumber)),
            digestAlgorithm,
            signedAttributes,
            SignatureGenerator.AlgorithmFor(scheme),
            new DerOctetString(signature),
            unsignedAttributes?.Invoke(signature));
        return (digestAlgorithm, signerInfo);
    }

    private static byte[] Encode(SignedData signedData) =>
        new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);

    public static CmsAttribute Attribute(string type, Asn1Encodable value) =>
        new(new DerObjectIdentifier(type), new DerSet(value));

    private static DerSet SignedAttributes(SigningKey key, DerObjectIdentifier contentType, byte[] messageDigest, DateTimeOffset signingTime)
    {
        var certificate = key.Certificate;
        var issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.IssuerDN)), new DerInteger(certificate.SerialNumber));
        var certificateId = new EssCertIDv2(DigestAlgorithms.Compute(DigestAlgorithm.Sha256, certificate.GetEncoded()), issuerSerial);
        return new DerSet(
            Attribute(CmsOids.ContentType, contentType),
            Attribute(CmsOids.SigningTime, new Org.BouncyCastle.Asn1.Cms.Time(signingTime.UtcDateTime)),
            Attribute(CmsOids.SigningCertificateV2, new SigningCertificateV2(new[] { certificateId })),
            Attribute(CmsOids.MessageDigest, new DerOctetString(messageDigest)));
    }
}
