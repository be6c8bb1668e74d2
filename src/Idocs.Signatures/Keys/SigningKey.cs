using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Keys;

/// <summary>A private key with its certificate, as read from an NCA key file.</summary>
/// <param name="PrivateKey">RSA (<c>RsaPrivateCrtKeyParameters</c>) or GOST (<c>ECPrivateKeyParameters</c>) key.</param>
/// <param name="Certificate">The certificate whose public key matches <paramref name="PrivateKey"/>.</param>
/// <param name="OtherCertificates">Further certificates in the file, usually none or the CA chain.</param>
public sealed record SigningKey(
    AsymmetricKeyParameter PrivateKey,
    X509Certificate Certificate,
    IReadOnlyList<X509Certificate> OtherCertificates);
