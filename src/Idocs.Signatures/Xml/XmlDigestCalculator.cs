using System.Security.Cryptography;
using Idocs.Common.Results;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;

namespace Idocs.Signatures.Xml;

/// <summary>
/// Digests for XMLDSig references: SHA-1, SHA-2 through <see cref="System.Security.Cryptography"/>,
/// and the NCA GOST digests through BouncyCastle. GOST 34.311-95 is GOST R 34.11-94 with the test
/// S-box ("D-Test", RFC 4357 id 1.2.643.2.2.30.0), not the CryptoPro S-box. GOST 34.11-2015 is
/// Streebog. Outputs are in the byte order BouncyCastle produces, which is what the NCA writes in
/// <c>DigestValue</c>.
/// </summary>
public sealed class XmlDigestCalculator : IXmlDigestCalculator
{
    public bool Supports(string digestMethodUri) => digestMethodUri switch
    {
        XmlDsigUris.Sha1 or XmlDsigUris.Sha1More or XmlDsigUris.Sha256 or XmlDsigUris.Sha384 or XmlDsigUris.Sha512 => true,
        XmlDsigUris.Gost34311 or XmlDsigUris.Gost34112015With256 or XmlDsigUris.Gost34112015With512 => true,
        _ => false,
    };

    public Result<byte[]> ComputeDigest(string digestMethodUri, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(digestMethodUri);
        return digestMethodUri switch
        {
            // SHA-1 is computed only for verification; the caller's policy decides whether it is accepted.
#pragma warning disable CA5350
            XmlDsigUris.Sha1 or XmlDsigUris.Sha1More => SHA1.HashData(data),
#pragma warning restore CA5350
            XmlDsigUris.Sha256 => SHA256.HashData(data),
            XmlDsigUris.Sha384 => SHA384.HashData(data),
            XmlDsigUris.Sha512 => SHA512.HashData(data),
            XmlDsigUris.Gost34311 => Compute(new Gost3411Digest(Gost28147Engine.GetSBox("D-Test")), data),
            XmlDsigUris.Gost34112015With256 => Compute(new Gost3411_2012_256Digest(), data),
            XmlDsigUris.Gost34112015With512 => Compute(new Gost3411_2012_512Digest(), data),
            _ => Result<byte[]>.Failure(
                XmlSignatureErrorCodes.UnsupportedAlgorithm,
                $"The digest method '{digestMethodUri}' is not supported; use SHA-256 or an NCA GOST digest."),
        };
    }

    private static byte[] Compute(IDigest digest, ReadOnlySpan<byte> data)
    {
        digest.BlockUpdate(data);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }
}
