using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Idocs.Signatures.Cms;

/// <summary>Parses a CMS ContentInfo holding SignedData from DER, BER or PEM ("BEGIN CMS").</summary>
internal static class CmsParser
{
    public static (SignedData? SignedData, string? Failure) Parse(ReadOnlySpan<byte> encoded)
    {
        var der = Unarmor(encoded);
        if (der is null)
        {
            return (null, "it is neither DER nor PEM");
        }

        try
        {
            if (Asn1Object.FromByteArray(der) is not Asn1Sequence sequence)
            {
                return (null, "it is not an ASN.1 SEQUENCE");
            }

            var contentInfo = ContentInfo.GetInstance(sequence);
            if (contentInfo.ContentType.Id != CmsOids.SignedData || contentInfo.Content is null)
            {
                return (null, $"its content type is {contentInfo.ContentType.Id}, not signed data");
            }

            var signedData = SignedData.GetInstance(contentInfo.Content);
            _ = SignerCertificateLocator.Certificates(signedData.Certificates);
            return (signedData, null);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidCastException)
        {
            return (null, exception.Message);
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
