using Idocs.Common.Results;
using Idocs.Signatures.Xml;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>
/// A GOST signing key read from an NCA test PKCS#12 file with BouncyCastle, to make GOST XMLDSig
/// fixtures through the <see cref="IXmlSigningKey"/> extension point. The NCA PKCS#12 layout is
/// decrypted bag by bag because BouncyCastle's store does not know the Kazakh key OIDs. The
/// signature value is returned in the NCA byte order: the byte reversal of BouncyCastle's
/// s‖r big-endian output.
/// </summary>
internal sealed class GostTestXmlSigningKey : IXmlSigningKey
{
    private const string Gost2015With512KeyOid = "1.2.398.3.10.1.1.2.2";
    private const string Gost2004KeyOid = "1.2.398.3.10.1.1.1.1";

    private readonly ECPrivateKeyParameters _privateKey;
    private readonly Func<IDigest> _createDigest;

    private GostTestXmlSigningKey(byte[] certificateDer, ECPrivateKeyParameters privateKey, Func<IDigest> createDigest, string signatureMethodUri, string digestMethodUri)
    {
        CertificateDer = certificateDer;
        _privateKey = privateKey;
        _createDigest = createDigest;
        SignatureMethodUri = signatureMethodUri;
        DigestMethodUri = digestMethodUri;
    }

    public string SignatureMethodUri { get; }

    public string DigestMethodUri { get; }

    public ReadOnlyMemory<byte> CertificateDer { get; }

    public static GostTestXmlSigningKey Load(byte[] pkcs12, string password)
    {
        var (privateKeyInfo, certificateDer) = ReadBags(pkcs12, password.ToCharArray());
        var keyOid = privateKeyInfo.PrivateKeyAlgorithm.Algorithm.Id;
        var keyOctets = privateKeyInfo.PrivateKey.GetOctets();
        return keyOid switch
        {
            Gost2015With512KeyOid => new GostTestXmlSigningKey(
                certificateDer,
                new ECPrivateKeyParameters(
                    new BigInteger(1, Reversed(Asn1OctetString.GetInstance(Asn1Object.FromByteArray(keyOctets)).GetOctets())),
                    Domain(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA)),
                () => new Gost3411_2012_512Digest(),
                XmlDsigUris.Gost34102015With512,
                XmlDsigUris.Gost34112015With512),
            Gost2004KeyOid => new GostTestXmlSigningKey(
                certificateDer,
                new ECPrivateKeyParameters(DerInteger.GetInstance(Asn1Object.FromByteArray(keyOctets)).PositiveValue, Domain(CryptoProObjectIdentifiers.GostR3410x2001CryptoProA)),
                () => new Gost3411Digest(Gost28147Engine.GetSBox("D-Test")),
                XmlDsigUris.Gost34310Gost34311,
                XmlDsigUris.Gost34311),
            _ => throw new InvalidOperationException($"The PKCS#12 key has algorithm {keyOid}, not an NCA GOST key."),
        };
    }

    public Result<byte[]> Sign(ReadOnlySpan<byte> data)
    {
        var signer = new Gost3410DigestSigner(new ECGost3410Signer(), _createDigest());
        signer.Init(true, new ParametersWithRandom(_privateKey, new SecureRandom()));
        signer.BlockUpdate(data);
        return Reversed(signer.GenerateSignature());
    }

    /// <summary>Checks an NCA-order signature with the certificate's key; used to prove the fixture itself is sound.</summary>
    public bool VerifyWithCertificate(ReadOnlySpan<byte> data, byte[] ncaSignature)
    {
        var certificate = X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(CertificateDer.ToArray()));
        var point = Asn1OctetString.GetInstance(certificate.SubjectPublicKeyInfo.PublicKey.GetOctets()).GetOctets();
        var half = point.Length / 2;
        var domain = _privateKey.Parameters;
        var q = domain.Curve.ValidatePoint(new BigInteger(1, Reversed(point[..half])), new BigInteger(1, Reversed(point[half..])));
        var verifier = new Gost3410DigestSigner(new ECGost3410Signer(), _createDigest());
        verifier.Init(false, new ECPublicKeyParameters(q, domain));
        verifier.BlockUpdate(data);
        return verifier.VerifySignature(Reversed(ncaSignature));
    }

    private static (PrivateKeyInfo PrivateKey, byte[] CertificateDer) ReadBags(byte[] pkcs12, char[] password)
    {
        var pfx = Pfx.GetInstance(Asn1Object.FromByteArray(pkcs12));
        var safe = AuthenticatedSafe.GetInstance(Asn1Object.FromByteArray(Asn1OctetString.GetInstance(pfx.AuthSafe.Content).GetOctets()));
        PrivateKeyInfo? privateKey = null;
        byte[]? certificate = null;
        foreach (var content in safe.GetContentInfo())
        {
            byte[] bagsDer;
            if (content.ContentType.Equals(PkcsObjectIdentifiers.EncryptedData))
            {
                var encrypted = EncryptedData.GetInstance(content.Content);
                var cipher = (IBufferedCipher)PbeUtilities.CreateEngine(encrypted.EncryptionAlgorithm);
                cipher.Init(false, PbeUtilities.GenerateCipherParameters(encrypted.EncryptionAlgorithm, password));
                bagsDer = cipher.DoFinal(encrypted.Content.GetOctets());
            }
            else
            {
                bagsDer = Asn1OctetString.GetInstance(content.Content).GetOctets();
            }

            foreach (var bag in Asn1Sequence.GetInstance(Asn1Object.FromByteArray(bagsDer)).Cast<Asn1Encodable>().Select(SafeBag.GetInstance))
            {
                if (bag.BagID.Equals(PkcsObjectIdentifiers.Pkcs8ShroudedKeyBag))
                {
                    privateKey = PrivateKeyInfoFactory.CreatePrivateKeyInfo(password, EncryptedPrivateKeyInfo.GetInstance(bag.BagValue));
                }
                else if (bag.BagID.Equals(PkcsObjectIdentifiers.CertBag))
                {
                    certificate = Asn1OctetString.GetInstance(CertBag.GetInstance(bag.BagValue).CertValue).GetOctets();
                }
            }
        }

        return (privateKey ?? throw new InvalidOperationException("The PKCS#12 file holds no key bag."),
            certificate ?? throw new InvalidOperationException("The PKCS#12 file holds no certificate bag."));
    }

    private static ECDomainParameters Domain(DerObjectIdentifier curve)
    {
        var parameters = Org.BouncyCastle.Asn1.CryptoPro.ECGost3410NamedCurves.GetByOid(curve);
        return new ECDomainParameters(parameters.Curve, parameters.G, parameters.N, parameters.H, parameters.GetSeed());
    }

    private static byte[] Reversed(byte[] value)
    {
        var copy = (byte[])value.Clone();
        Array.Reverse(copy);
        return copy;
    }
}
