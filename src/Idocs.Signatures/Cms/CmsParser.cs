using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.Signatures.Cms;

/// <summary>Parses a CMS ContentInfo holding SignedData from DER or PEM ("BEGIN CMS").</summary>
internal static class CmsParser
{
    public static (SignedData? SignedData, IReadOnlyList<SignerInfo> Signers, string? Failure) Parse(ReadOnlySpan<byte> encoded)
    {
        var der = Unarmor(encoded);
        if (der is null)
        {
            return (null, [], "it is neither DER nor PEM");
        }

        try
        {
            if (Asn1Object.FromByteArray(der) is not Asn1Sequence sequence)
            {
                return (null, [], "it is not an ASN.1 SEQUENCE");
            }

            // NOTE: BER input (indefinite lengths, constructed strings) is rejected. Requiring DER
            // means no byte can change without the validation noticing, since BouncyCastle would
            // otherwise normalise unsigned parts such as certificate encodings before they are hashed.
            if (!der.AsSpan().SequenceEqual(sequence.GetEncoded(Asn1Encodable.Der)))
            {
                return (null, [], "it is not DER-encoded");
            }

            var contentInfo = ContentInfo.GetInstance(sequence);
            if (contentInfo.ContentType.Id != CmsOids.SignedData || contentInfo.Content is null)
            {
                return (null, [], $"its content type is {contentInfo.ContentType.Id}, not signed data");
            }

            var signedData = SignedData.GetInstance(contentInfo.Content);
            _ = SignerCertificateLocator.Certificates(signedData.Certificates);
            var signers = signedData.SignerInfos.Cast<Asn1Encodable>().Select(SignerInfo.GetInstance).ToList();
            var problem = CmsStructure.Problem(signedData, signers);
            return problem is null ? (signedData, signers, null) : (null, [], problem);
        }
        catch (Exception exception) when (Asn1Failures.IsMalformedInput(exception))
        {
            return (null, [], exception.Message);
        }
    }

    private static byte[]? Unarmor(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length > 0 && encoded[0] == 0x30)
        {
            return encoded.ToArray();
        }

        var text = System.Text.Encoding.ASCII.GetString(encoded);
        var body = string.Concat(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal)));
        try
        {
            return body.Length == 0 ? null : Convert.FromBase64String(body);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
