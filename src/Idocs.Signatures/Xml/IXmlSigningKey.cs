using Idocs.Common.Results;

namespace Idocs.Signatures.Xml;

/// <summary>
/// A private key that signs XMLDSig <c>SignedInfo</c>, with the algorithm URIs it signs under and
/// the certificate written to <c>KeyInfo</c>. RSA keys use <see cref="RsaXmlSigningKey"/>; a GOST
/// key implements this interface and returns its signature value in the NCA byte order
/// (r little-endian followed by s little-endian), as Kalkan writes it.
/// </summary>
public interface IXmlSigningKey
{
    /// <summary>The <c>ds:SignatureMethod</c> URI, such as <see cref="XmlDsigUris.RsaSha256"/>.</summary>
    string SignatureMethodUri { get; }

    /// <summary>The <c>ds:DigestMethod</c> URI of the reference, such as <see cref="XmlDsigUris.Sha256"/>.</summary>
    string DigestMethodUri { get; }

    /// <summary>The signer's certificate in DER.</summary>
    ReadOnlyMemory<byte> CertificateDer { get; }

    /// <summary>Signs <paramref name="data"/> (the canonical SignedInfo) and returns the raw signature value.</summary>
    Result<byte[]> Sign(ReadOnlySpan<byte> data);
}
