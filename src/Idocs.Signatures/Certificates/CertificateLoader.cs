using System.Text;
using Idocs.Common.Results;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Certificates;

/// <summary>
/// Reads one X.509 certificate from DER, PEM or bare base64 (NCA tools write all three). Parses the
/// ASN.1 structure directly, so GOST keys with Kazakh OIDs load although BouncyCastle cannot use them.
/// </summary>
public static class CertificateLoader
{
    public static Result<X509Certificate> Load(ReadOnlySpan<byte> encoded)
    {
        var der = ToDer(encoded);
        if (der is null)
        {
            return Malformed("it is neither DER, PEM nor base64");
        }

        try
        {
            if (Asn1Object.FromByteArray(der) is not Asn1Sequence sequence)
            {
                return Malformed("it is not an ASN.1 SEQUENCE");
            }

            return new X509Certificate(X509CertificateStructure.GetInstance(sequence));
        }
        catch (Exception exception) when (Algorithms.Asn1Failures.IsMalformedInput(exception))
        {
            return Malformed(exception.Message);
        }
    }

    private static byte[]? ToDer(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length > 0 && encoded[0] == 0x30)
        {
            return encoded.ToArray();
        }

        var text = Encoding.ASCII.GetString(encoded);
        var base64 = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith("-----", StringComparison.Ordinal))
            {
                base64.Append(trimmed);
            }
        }

        try
        {
            return base64.Length == 0 ? null : Convert.FromBase64String(base64.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static Result<X509Certificate> Malformed(string reason) => Result<X509Certificate>.Failure(
        SignatureErrorCodes.MalformedInput, $"The certificate cannot be read: {reason}.");
}
