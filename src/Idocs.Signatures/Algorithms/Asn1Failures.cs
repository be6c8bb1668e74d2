namespace Idocs.Signatures.Algorithms;

/// <summary>Recognises the exceptions BouncyCastle throws on malformed ASN.1, as opposed to bugs.</summary>
public static class Asn1Failures
{
    /// <summary>
    /// Whether the exception reports malformed input: BouncyCastle uses IOException, ArgumentException,
    /// InvalidCastException, InvalidOperationException and, for certificates, CertificateException
    /// for encodings it cannot parse.
    /// </summary>
    public static bool IsMalformedInput(Exception exception) =>
        exception is IOException or ArgumentException or InvalidCastException or InvalidOperationException
            or Org.BouncyCastle.Security.Certificates.CertificateException;
}
