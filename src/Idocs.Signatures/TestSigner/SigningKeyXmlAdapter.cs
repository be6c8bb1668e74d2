using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Idocs.Signatures.Keys;
using Idocs.Signatures.Xml;

namespace Idocs.Signatures.TestSigner;

/// <summary>
/// Signs XMLDSig SignedInfo with an RSA or GOST key read from a key file, using the NCA byte layout
/// for GOST signature values and the XMLDSig URIs NCALayer writes for each key algorithm.
/// </summary>
internal sealed class SigningKeyXmlAdapter : IXmlSigningKey
{
    private readonly SigningKey _key;
    private readonly SignatureScheme _scheme;

    public SigningKeyXmlAdapter(SigningKey key)
    {
        _key = key;
        _scheme = SignatureGenerator.SchemeFor(key.Certificate.SubjectPublicKeyInfo);
        (SignatureMethodUri, DigestMethodUri) = _key.Certificate.SubjectPublicKeyInfo.Algorithm.Algorithm.Id switch
        {
            SignatureOids.RsaEncryption => (XmlDsigUris.RsaSha256, XmlDsigUris.Sha256),
            SignatureOids.KazakhGost2004PublicKey => (XmlDsigUris.Gost34310Gost34311, XmlDsigUris.Gost34311),
            SignatureOids.KazakhGost2015PublicKey256 => (XmlDsigUris.Gost34102015With256, XmlDsigUris.Gost34112015With256),
            SignatureOids.KazakhGost2015PublicKey512 => (XmlDsigUris.Gost34102015With512, XmlDsigUris.Gost34112015With512),
            var other => throw new NotSupportedException($"XML signing with {other} keys is not supported."),
        };
    }

    public string SignatureMethodUri { get; }

    public string DigestMethodUri { get; }

    public ReadOnlyMemory<byte> CertificateDer => _key.Certificate.GetEncoded();

    public Result<byte[]> Sign(ReadOnlySpan<byte> data) => SignatureGenerator.Sign(_key.PrivateKey, _scheme, data);
}
