using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Cmp;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.Tsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using ContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using SignedData = Org.BouncyCastle.Asn1.Cms.SignedData;
using SignerInfo = Org.BouncyCastle.Asn1.Cms.SignerInfo;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// An RFC 3161 timestamp authority with the test PKI's RSA TSA certificate: it replies to a
/// TimeStampReq with a granted TimeStampResp whose token is a CMS SignedData over TSTInfo, with
/// the signing time, the message digest and an ESS signingCertificateV2 as signed attributes,
/// the TSA certificate included when the request asks for it, and the request nonce echoed.
/// </summary>
public sealed class TestPkiTimestampAuthority(TestPkiStore store, TimeProvider clock)
{
    private static readonly SecureRandom Random = new();

    public byte[] Respond(byte[] requestDer)
    {
        ArgumentNullException.ThrowIfNull(requestDer);

        TimeStampReq request;
        try
        {
            request = TimeStampReq.GetInstance(Asn1Object.FromByteArray(requestDer));
            _ = request.MessageImprint.HashAlgorithm.Algorithm;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException or Asn1Exception)
        {
            return Rejection(PkiFailureInfo.BadDataFormat, "the request is not a DER TimeStampReq");
        }

        var imprint = request.MessageImprint;
        var digestLength = DigestUtilities.GetDigest(imprint.HashAlgorithm.Algorithm.Id)?.GetDigestSize();
        if (digestLength is null || digestLength != imprint.GetHashedMessage().Length)
        {
            return Rejection(PkiFailureInfo.BadAlg, "the message imprint algorithm is unknown or the imprint has the wrong length");
        }

        var certificate = store.TsaCertificate();
        var key = store.LoadKey(TestPkiAlgorithm.Rsa, "tsa.key");
        var now = clock.GetUtcNow();
        var serial = new BigInteger(64, Random);
        var info = new TstInfo(
            new DerObjectIdentifier(TestPkiProfile.TestTsaPolicy),
            imprint,
            new DerInteger(serial),
            new Asn1GeneralizedTime(TestPkiIssuer.TruncateToSeconds(now).UtcDateTime),
            null,
            null,
            request.Nonce,
            null,
            null);
        var token = Sign(info.GetEncoded(Asn1Encodable.Der), certificate, key, request.CertReq?.IsTrue ?? false);
        var response = new TimeStampResp(new PkiStatusInfo((int)PkiStatus.Granted), token);
        return response.GetEncoded(Asn1Encodable.Der);
    }

    private static ContentInfo Sign(byte[] tstInfo, X509Certificate certificate, TestPkiKey key, bool includeCertificate)
    {
        var sha256 = new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256, DerNull.Instance);
        var contentDigest = DigestUtilities.CalculateDigest("SHA256", tstInfo);
        var certificateHash = DigestUtilities.CalculateDigest("SHA256", certificate.GetEncoded());
        var issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.IssuerDN)), new DerInteger(certificate.SerialNumber));

        var signedAttributes = new DerSet(
            new Attribute(PkcsObjectIdentifiers.Pkcs9AtContentType, new DerSet(PkcsObjectIdentifiers.IdCTTstInfo)),
            new Attribute(PkcsObjectIdentifiers.Pkcs9AtMessageDigest, new DerSet(new DerOctetString(contentDigest))),
            new Attribute(
                PkcsObjectIdentifiers.IdAASigningCertificateV2,
                new DerSet(new SigningCertificateV2([new EssCertIDv2(certificateHash, issuerSerial)]))));
        var signature = key.Sign(signedAttributes.GetEncoded(Asn1Encodable.Der));

        var signerInfo = new SignerInfo(
            new SignerIdentifier(new Org.BouncyCastle.Asn1.Cms.IssuerAndSerialNumber(certificate.IssuerDN, certificate.SerialNumber)),
            sha256,
            signedAttributes,
            key.SignatureAlgorithm,
            new DerOctetString(signature),
            null);
        var signedData = new SignedData(
            new DerSet(sha256),
            new ContentInfo(PkcsObjectIdentifiers.IdCTTstInfo, new DerOctetString(tstInfo)),
            includeCertificate ? new DerSet(certificate.CertificateStructure) : null,
            null,
            new DerSet(signerInfo));
        return new ContentInfo(CmsObjectIdentifiers.SignedData, signedData);
    }

    private static byte[] Rejection(int failure, string text) =>
        new TimeStampResp(
            new PkiStatusInfo((int)PkiStatus.Rejection, new PkiFreeText(text), new PkiFailureInfo(failure)),
            null).GetEncoded(Asn1Encodable.Der);
}
