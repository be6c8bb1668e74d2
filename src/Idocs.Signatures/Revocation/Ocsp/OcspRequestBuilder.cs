using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Ocsp;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Revocation.Ocsp;

/// <summary>Builds a DER OCSP request for one certificate with a fresh random nonce (RFC 6960, RFC 8954).</summary>
public static class OcspRequestBuilder
{
    /// <summary>Nonce length in bytes; RFC 8954 asks for 32.</summary>
    public const int NonceLength = 32;

    public static (byte[] Request, byte[] Nonce) Build(X509Certificate issuer, X509Certificate certificate, string hashAlgorithm)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var certId = OcspCertificateId.Create(issuer, certificate, hashAlgorithm);
        var extensions = new X509Extensions(new Dictionary<DerObjectIdentifier, X509Extension>
        {
            [OcspObjectIdentifiers.PkixOcspNonce] = new X509Extension(false, new DerOctetString(new DerOctetString(nonce).GetEncoded())),
        });
        var tbs = new TbsRequest(null, new DerSequence(new Request(certId, null)), extensions);
        return (new OcspRequest(tbs, null).GetEncoded(Asn1Encodable.Der), nonce);
    }
}
