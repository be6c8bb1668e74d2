using Idocs.Common.Results;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Trust;

/// <summary>Reads certificates from DER or PEM bytes and files.</summary>
public static class CertificateFiles
{
    public static Result<X509Certificate> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return Result<X509Certificate>.Failure(
                TrustErrorCodes.CertificateFileNotFound,
                $"Certificate file '{path}' was not found; check the trust configuration.");
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses one certificate; <paramref name="source"/> names the input in error messages.</summary>
    public static Result<X509Certificate> Parse(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            var certificate = new X509CertificateParser().ReadCertificate(bytes);
            if (certificate is null)
            {
                return Result<X509Certificate>.Failure(
                    SignatureErrorCodes.MalformedInput,
                    $"'{source}' contains no certificate; expected one DER or PEM X.509 certificate.");
            }

            return certificate;
        }
        catch (Exception exception) when (exception is Org.BouncyCastle.Security.Certificates.CertificateException
            or IOException or ArgumentException or InvalidOperationException or FormatException)
        {
            return Result<X509Certificate>.Failure(
                SignatureErrorCodes.MalformedInput,
                $"'{source}' is not a valid X.509 certificate: {exception.Message}");
        }
    }
}
