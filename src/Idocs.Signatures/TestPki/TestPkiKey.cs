using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.TestPki;

/// <summary>A test PKI private key of either family, able to sign and to write itself as PKCS#8.</summary>
public sealed class TestPkiKey
{
    private static readonly SecureRandom Random = new();

    private readonly AsymmetricKeyParameter _privateKey;

    private TestPkiKey(TestPkiAlgorithm algorithm, AsymmetricKeyParameter privateKey, SubjectPublicKeyInfo publicKey)
    {
        Algorithm = algorithm;
        _privateKey = privateKey;
        PublicKey = publicKey;
    }

    public TestPkiAlgorithm Algorithm { get; }

    public SubjectPublicKeyInfo PublicKey { get; }

    public AlgorithmIdentifier SignatureAlgorithm => Algorithm == TestPkiAlgorithm.Rsa
        ? new AlgorithmIdentifier(PkcsObjectIdentifiers.Sha256WithRsaEncryption, Org.BouncyCastle.Asn1.DerNull.Instance)
        : NcaGostKeys.SignatureAlgorithm;

    /// <summary>Generates a key; <paramref name="rsaBits"/> is the RSA modulus size and is ignored for GOST.</summary>
    public static TestPkiKey Generate(TestPkiAlgorithm algorithm, int rsaBits = 2048)
    {
        if (algorithm == TestPkiAlgorithm.Gost2015)
        {
            var gost = NcaGostKeys.Generate(Random);
            return new TestPkiKey(algorithm, gost, NcaGostKeys.PublicKeyInfo(gost));
        }

        var generator = new RsaKeyPairGenerator();
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), Random, rsaBits, 100));
        var pair = generator.GenerateKeyPair();
        return new TestPkiKey(algorithm, pair.Private, SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(pair.Public));
    }

    public static TestPkiKey FromPrivateKeyInfo(TestPkiAlgorithm algorithm, byte[] privateKeyInfo)
    {
        if (algorithm == TestPkiAlgorithm.Gost2015)
        {
            var gost = NcaGostKeys.ParsePrivateKey(privateKeyInfo);
            return new TestPkiKey(algorithm, gost, NcaGostKeys.PublicKeyInfo(gost));
        }

        var rsa = (RsaPrivateCrtKeyParameters)PrivateKeyFactory.CreateKey(privateKeyInfo);
        var publicKey = new RsaKeyParameters(false, rsa.Modulus, rsa.PublicExponent);
        return new TestPkiKey(algorithm, rsa, SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey));
    }

    /// <summary>PKCS#8 PrivateKeyInfo DER; GOST keys use the NCA layout.</summary>
    public byte[] ToPrivateKeyInfo() => Algorithm == TestPkiAlgorithm.Gost2015
        ? NcaGostKeys.PrivateKeyInfo((ECPrivateKeyParameters)_privateKey)
        : PrivateKeyInfoFactory.CreatePrivateKeyInfo(_privateKey).GetEncoded(Org.BouncyCastle.Asn1.Asn1Encodable.Der);

    public byte[] Sign(ReadOnlySpan<byte> data)
    {
        if (Algorithm == TestPkiAlgorithm.Gost2015)
        {
            return NcaGostKeys.Sign((ECPrivateKeyParameters)_privateKey, data, Random);
        }

        var signer = SignerUtilities.GetSigner("SHA256WITHRSA");
        signer.Init(true, _privateKey);
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    /// <summary>SHA-1 of the public key bits, used as subject key identifier as RFC 5280 4.2.1.2 method 1 describes.</summary>
    public byte[] KeyIdentifier() => DigestUtilities.CalculateDigest("SHA1", PublicKey.PublicKey.GetBytes());

}
