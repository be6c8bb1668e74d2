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
/// Makes CAdES-BES (and, with a timestamp provider, CAdES-T) signatures in the shape Kalkan makes
/// them: SignedData with the signer's certificate, signed attributes contentType, signingTime,
/// signingCertificateV2 and messageDigest, and the Kazakh GOST OIDs for GOST keys.
/// </summary>
public static class CadesSigner
{
    public static byte[] Sign(SigningKey key, ReadOnlySpan<byte> content, CadesSignOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        var scheme = SignatureGenerator.SchemeFor(key.Certificate.SubjectPublicKeyInfo);
        var digestAlgorithm = new AlgorithmIdentifier(new DerObjectIdentifier(DigestAlgorithms.ToOid(scheme.Digest)), DerNull.Instance);
        var signedAttributes = SignedAttributes(key, DigestAlgorithms.Compute(scheme.Digest, content), options.SigningTime ?? DateTimeOffset.UtcNow);
        var signature = SignatureGenerator.Sign(key.PrivateKey, scheme, signedAttributes.GetEncoded(Asn1Encodable.Der));

        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(key.Certificate.IssuerDN, key.Certificate.SerialNumber)),
            digestAlgorithm,
            signedAttributes,
            SignatureGenerator.AlgorithmFor(scheme),
            new DerOctetString(signature),
            UnsignedAttributes(signature, options.TimestampProvider));
        var encapsulated = new ContentInfo(
            CmsObjectIdentifiers.Data, options.Detached ? null : new DerOctetString(content.ToArray()));
        var signedData = new SignedData(
            new DerSet(digestAlgorithm),
            encapsulated,
            new DerSet(key.Certificate.CertificateStructure),
            null,
            new DerSet(signerInfo));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }

    private static DerSet SignedAttributes(SigningKey key, byte[] messageDigest, DateTimeOffset signingTime)
    {
        var certificate = key.Certificate;
        var issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.IssuerDN)), new DerInteger(certificate.SerialNumber));
        var certificateId = new EssCertIDv2(DigestAlgorithms.Compute(DigestAlgorithm.Sha256, certificate.GetEncoded()), issuerSerial);
        return new DerSet(
            Attribute(CmsOids.ContentType, CmsObjectIdentifiers.Data),
            Attribute(CmsOids.SigningTime, new Org.BouncyCastle.Asn1.Cms.Time(signingTime.UtcDateTime)),
            Attribute(CmsOids.SigningCertificateV2, new SigningCertificateV2(new[] { certificateId })),
            Attribute(CmsOids.MessageDigest, new DerOctetString(messageDigest)));
    }

    private static DerSet? UnsignedAttributes(byte[] signature, Func<byte[], byte[]>? timestampProvider)
    {
        if (timestampProvider is null)
        {
            return null;
        }

        var token = Asn1Object.FromByteArray(timestampProvider(signature));
        return new DerSet(Attribute(CmsOids.SignatureTimeStampToken, token));
    }

    private static CmsAttribute Attribute(string type, Asn1Encodable value) =>
        new(new DerObjectIdentifier(type), new DerSet(value));
}
