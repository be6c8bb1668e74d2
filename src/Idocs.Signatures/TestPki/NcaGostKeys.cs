using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC.Multiplier;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// The GOST R 34.10-2015 512-bit arithmetic the test PKI needs, in the NCA encodings: key
/// generation on TC26-512-paramSetA, the public key as X and Y little-endian in an OCTET STRING,
/// the private key as d little-endian, and signatures over Streebog-512 written as r‖s
/// little-endian, which is the byte reversal of BouncyCastle's s‖r big-endian output.
/// NOTE: kept in one class so that it can later delegate to the library's own GOST signer.
/// </summary>
public static class NcaGostKeys
{
    public const string PublicKeyOid = "1.2.398.3.10.1.1.2.2";
    public const string ParameterSetOid = "1.2.398.3.10.1.1.2.2.1";
    public const string DigestOid = "1.2.398.3.10.1.3.3";
    public const string SignatureOid = "1.2.398.3.10.1.1.2.3.2";

    private const int CoordinateLength = 64;

    private static readonly ECNamedDomainParameters Domain = new(
        RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA,
        ECGost3410NamedCurves.GetByOid(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA));

    public static AlgorithmIdentifier PublicKeyAlgorithm { get; } = new(
        new DerObjectIdentifier(PublicKeyOid),
        new DerSequence(new DerObjectIdentifier(ParameterSetOid), new DerObjectIdentifier(DigestOid)));

    public static AlgorithmIdentifier SignatureAlgorithm { get; } = new(new DerObjectIdentifier(SignatureOid), DerNull.Instance);

    public static ECPrivateKeyParameters Generate(SecureRandom random)
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, random));
        return (ECPrivateKeyParameters)generator.GenerateKeyPair().Private;
    }

    public static SubjectPublicKeyInfo PublicKeyInfo(ECPrivateKeyParameters key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var q = new FixedPointCombMultiplier().Multiply(Domain.G, key.D).Normalize();
        var raw = new byte[CoordinateLength * 2];
        LittleEndian(q.AffineXCoord.ToBigInteger()).CopyTo(raw, 0);
        LittleEndian(q.AffineYCoord.ToBigInteger()).CopyTo(raw, CoordinateLength);
        return new SubjectPublicKeyInfo(PublicKeyAlgorithm, new DerOctetString(raw).GetEncoded());
    }

    /// <summary>PKCS#8 PrivateKeyInfo in the NCA layout: privateKey contains an OCTET STRING of d little-endian.</summary>
    public static byte[] PrivateKeyInfo(ECPrivateKeyParameters key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var info = new Org.BouncyCastle.Asn1.Pkcs.PrivateKeyInfo(PublicKeyAlgorithm, new DerOctetString(LittleEndian(key.D)));
        return info.GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>Reads <see cref="PrivateKeyInfo"/> output back.</summary>
    public static ECPrivateKeyParameters ParsePrivateKey(byte[] privateKeyInfo)
    {
        var info = Org.BouncyCastle.Asn1.Pkcs.PrivateKeyInfo.GetInstance(privateKeyInfo);
        var raw = Asn1OctetString.GetInstance(info.ParsePrivateKey()).GetOctets();
        var bigEndian = raw.Reverse().ToArray();
        return new ECPrivateKeyParameters("ECGOST3410", new BigInteger(1, bigEndian), Domain.Name);
    }

    /// <summary>Signs <paramref name="data"/> and returns the signature in the NCA byte order.</summary>
    public static byte[] Sign(ECPrivateKeyParameters key, ReadOnlySpan<byte> data, SecureRandom random)
    {
        var signer = new Gost3410DigestSigner(new ECGost3410Signer(), new Gost3411_2012_512Digest());
        signer.Init(true, new ParametersWithRandom(key, random));
        signer.BlockUpdate(data);
        var standard = signer.GenerateSignature();
        Array.Reverse(standard);
        return standard;
    }

    private static byte[] LittleEndian(BigInteger value)
    {
        var bigEndian = value.ToByteArrayUnsigned();
        var result = new byte[CoordinateLength];
        for (var i = 0; i < bigEndian.Length; i++)
        {
            result[i] = bigEndian[bigEndian.Length - 1 - i];
        }

        return result;
    }
}
