using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Digests;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Tsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Timestamps;

/// <summary>Builds RFC 3161 requests and reads responses; sending them over HTTP is the caller's part.</summary>
public static class TimestampProtocol
{
    /// <summary>Creates a TimeStampReq over the data's digest, asking for the TSA certificate in the token.</summary>
    public static byte[] CreateRequest(DigestAlgorithm imprintAlgorithm, ReadOnlySpan<byte> data, BigInteger? nonce, string? policyOid = null)
    {
        var algorithm = new AlgorithmIdentifier(new DerObjectIdentifier(DigestAlgorithms.ToOid(imprintAlgorithm)), DerNull.Instance);
        var imprint = new MessageImprint(algorithm, DigestAlgorithms.Compute(imprintAlgorithm, data));
        var request = new TimeStampReq(
            imprint,
            policyOid is null ? null : new DerObjectIdentifier(policyOid),
            nonce is null ? null : new DerInteger(nonce),
            DerBoolean.True,
            null);
        return request.GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>Returns the token (DER ContentInfo) of a granted TimeStampResp.</summary>
    public static Result<byte[]> ReadResponse(ReadOnlySpan<byte> response)
    {
        try
        {
            if (Asn1Object.FromByteArray(response.ToArray()) is not Asn1Sequence sequence)
            {
                return Malformed("it is not an ASN.1 SEQUENCE");
            }

            var parsed = TimeStampResp.GetInstance(sequence);
            var status = parsed.Status.Status.IntValue;
            if (status is not (0 or 1) || parsed.TimeStampToken is null)
            {
                var text = parsed.Status.StatusString is null ? "no status text" : parsed.Status.StatusString.ToString();
                return Result<byte[]>.Failure(TimestampErrorCodes.Rejected, $"The TSA rejected the request with status {status}: {text}.");
            }

            return parsed.TimeStampToken.GetEncoded(Asn1Encodable.Der);
        }
        catch (Exception exception) when (Asn1Failures.IsMalformedInput(exception))
        {
            return Malformed(exception.Message);
        }
    }

    private static Result<byte[]> Malformed(string reason) => Result<byte[]>.Failure(
        SignatureErrorCodes.MalformedInput, $"The timestamp response cannot be read: {reason}.");
}
