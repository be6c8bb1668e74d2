using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.X509;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Idocs.Signatures.TestSigner;

/// <summary>
/// Makes a detached CAdES-BES over a digest the caller computed, as NCALayer does for
/// <c>digested: true</c> and <c>createCAdESFromBase64Hash</c>: the given bytes become the
/// messageDigest attribute unchanged.
/// </summary>
internal static class DigestCmsBuilder
{
    public static byte[] Build(SigningKey key, byte[] messageDigest, DateTimeOffset signingTime)
    {
        var certificate = key.Certificate;
        var scheme = SignatureGenerator.SchemeFor(certificate.SubjectPublicKeyInfo);
        var digestAlgorithm = new AlgorithmIdentifier(new DerObjectIdentifier(DigestAlgorithms.ToOid(scheme.Digest)), DerNull.Instance);
        var issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.IssuerDN)), new DerInteger(certificate.SerialNumber));
        var certificateId = new EssCertIDv2(DigestAlgorithms.Compute(DigestAlgorithm.Sha256, certificate.GetEncoded()), issuerSerial);
        var signedAttributes = new DerSet(
            Attribute(CmsOids.ContentType, CmsObjectIdentifiers.Data),
            Attribute(CmsOids.SigningTime, new Org.BouncyCastle.Asn1.Cms.Time(signingTime.UtcDateTime)),
            Attribute(CmsOids.SigningCertificateV2, new SigningCertificateV2(new[] { certificateId })),
            Attribute(CmsOids.MessageDigest, new DerOctetString(messageDigest)));
        var signature = SignatureGenerator.Sign(key.PrivateKey, scheme, signedAttributes.GetEncoded(Asn1Encodable.Der));
        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(certificate.IssuerDN, certificate.SerialNumber)),
            digestAlgorithm,
            signedAttributes,
            SignatureGenerator.AlgorithmFor(scheme),
            new DerOctetString(signature),
            null);
        var signedData = new SignedData(
            new DerSet(digestAlgorithm),
            new ContentInfo(CmsObjectIdentifiers.Data, null),
            new DerSet(certificate.CertificateStructure),
            null,
            new DerSet(signerInfo));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
    }

    private static CmsAttribute Attribute(string type, Asn1Encodable value) => new(new DerObjectIdentifier(type), new DerSet(value));
}
