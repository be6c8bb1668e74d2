using Idocs.Signatures.Cms;
using Idocs.Signatures.Digests;
using Idocs.Signatures.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Tsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Timestamps;

/// <summary>
/// Issues RFC 3161 timestamp tokens with a TSA key, in the shape of the NCA TSA (SignedData over a
/// TSTInfo, signed attributes with signingCertificateV2). For the test PKI and tests; the key's
/// certificate must carry the timeStamping extended key usage for verifiers to accept the token.
/// </summary>
public static class TimestampTokenGenerator
{
    /// <summary>Creates a token whose imprint is the digest of the request's timestamped data.</summary>
    public static byte[] Create(TimestampTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var imprintAlgorithm = new AlgorithmIdentifier(new DerObjectIdentifier(DigestAlgorithms.ToOid(request.ImprintAlgorithm)), DerNull.Instance);
        var imprint = new MessageImprint(imprintAlgorithm, DigestAlgorithms.Compute(request.ImprintAlgorithm, request.TimestampedData));
        var tstInfo = new TstInfo(
            new DerObjectIdentifier(request.PolicyOid),
            imprint,
            new DerInteger(request.SerialNumber),
            new Asn1GeneralizedTime(request.GenerationTime.UtcDateTime),
            null,
            null,
            request.Nonce is null ? null : new DerInteger(request.Nonce),
            null,
            null);
        return SignedDataBuilder.Build(
            request.TsaKey, new DerObjectIdentifier(CmsOids.TstInfo), tstInfo.GetEncoded(Asn1Encodable.Der), attached: true, request.GenerationTime);
    }
}
