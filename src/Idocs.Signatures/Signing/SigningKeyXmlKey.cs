using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.Signing;

/// <summary>
/// Lets a key read from an NCA <c>.p12</c> (RSA, GOST 34.310-2004 or GOST R 34.10-2015 512) sign
/// XMLDSig with the algorithm URIs NCALayer writes for that key.
/// </summary>
public sealed class SigningKeyXmlKey : IXmlSigningKey
{
    private readonly SigningKey _key;
    private readonly SignatureScheme _scheme;

    private SigningKeyXmlKey(SigningKey key, SignatureScheme scheme, string signatureMethodUri, string digestMethodUri)
    {
        _key = key;
        _scheme = scheme;
        SignatureMethodUri = signatureMethodUri;
        DigestMethodUri = digestMethodUri;
    }

    public string SignatureMethodUri { get; }

    public string DigestMethodUri { get; }

    public ReadOnlyMemory<byte> CertificateDer => _key.Certificate.GetEncoded();

    /// <summary>Picks the XMLDSig URIs for the key; fails for a key type XMLDSig signing does not cover.</summary>
    public static Result<SigningKeyXmlKey> Create(SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keyInfo = key.Certificate.CertificateStructure.SubjectPublicKeyInfo;
        var (signatureUri, digestUri) = keyInfo.Algorithm.Algorithm.Id switch
        {
            SignatureOids.RsaEncryption => (XmlDsigUris.RsaSha256, XmlDsigUris.Sha256),
            SignatureOids.KazakhGost2004PublicKey => (XmlDsigUris.Gost34310Gost34311, XmlDsigUris.Gost34311),
            SignatureOids.KazakhGost2015PublicKey512 => (XmlDsigUris.Gost34102015With512, XmlDsigUris.Gost34112015With512),
            _ => (null, null),
        };
        if (signatureUri is null || digestUri is null)
        {
            return Result<SigningKeyXmlKey>.Failure(
                SignatureErrorCodes.UnsupportedAlgorithm,
                $"XMLDSig signing with a {keyInfo.Algorithm.Algorithm.Id} key is not supported; use an RSA, GOST 2004 or GOST 2015-512 key.");
        }

        return new SigningKeyXmlKey(key, SignatureGenerator.SchemeFor(keyInfo), signatureUri, digestUri);
    }

    public Result<byte[]> Sign(ReadOnlySpan<byte> data) => SignatureGenerator.Sign(_key.PrivateKey, _scheme, data);
}
