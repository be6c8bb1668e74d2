using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>An RSA key that signs with RSA PKCS#1 v1.5 and SHA-256, as NCALayer does for RSA keys.</summary>
public sealed class RsaXmlSigningKey : IXmlSigningKey
{
    private readonly X509Certificate2 _certificate;

    /// <param name="certificate">A certificate with its RSA private key, for example loaded from a PKCS#12 file.</param>
    public RsaXmlSigningKey(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey || certificate.GetRSAPublicKey() is null)
        {
            throw new ArgumentException("The certificate must carry an RSA private key.", nameof(certificate));
        }

        _certificate = certificate;
    }

    public string SignatureMethodUri => XmlDsigUris.RsaSha256;

    public string DigestMethodUri => XmlDsigUris.Sha256;

    public ReadOnlyMemory<byte> CertificateDer => _certificate.RawData;

    public Result<byte[]> Sign(ReadOnlySpan<byte> data)
    {
        using var rsa = _certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            return Result<byte[]>.Failure(XmlSignatureErrorCodes.SigningFailed, "The certificate's RSA private key is not accessible.");
        }

        try
        {
            return rsa.SignData(data.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException ex)
        {
            return Result<byte[]>.Failure(XmlSignatureErrorCodes.SigningFailed, $"RSA signing failed: {ex.Message}");
        }
    }
}
