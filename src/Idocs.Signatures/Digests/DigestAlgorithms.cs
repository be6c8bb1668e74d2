using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;

namespace Idocs.Signatures.Digests;

/// <summary>Maps digest OIDs to <see cref="DigestAlgorithm"/> and computes digests.</summary>
public static class DigestAlgorithms
{
    private static readonly byte[] TestSBox = Gost28147Engine.GetSBox("D-Test");

    /// <summary>Every algorithm, in the order <see cref="FileDigests"/> computes them.</summary>
    public static IReadOnlyList<DigestAlgorithm> All { get; } = Enum.GetValues<DigestAlgorithm>();

    /// <summary>Finds the algorithm an OID names, Kazakh and Russian GOST OIDs included.</summary>
    public static DigestAlgorithm? FromOid(string oid) => oid switch
    {
        DigestOids.Sha1 => DigestAlgorithm.Sha1,
        DigestOids.Sha256 => DigestAlgorithm.Sha256,
        DigestOids.Sha384 => DigestAlgorithm.Sha384,
        DigestOids.Sha512 => DigestAlgorithm.Sha512,
        DigestOids.KazakhGost34311 or DigestOids.RussianGost3411 => DigestAlgorithm.Gost34311,
        DigestOids.KazakhStreebog256 or DigestOids.RussianStreebog256 => DigestAlgorithm.Streebog256,
        DigestOids.KazakhStreebog512 or DigestOids.RussianStreebog512 => DigestAlgorithm.Streebog512,
        _ => null,
    };

    /// <summary>Returns the OID Idocs writes for the algorithm (the Kazakh one for GOST).</summary>
    public static string ToOid(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Sha1 => DigestOids.Sha1,
        DigestAlgorithm.Sha256 => DigestOids.Sha256,
        DigestAlgorithm.Sha384 => DigestOids.Sha384,
        DigestAlgorithm.Sha512 => DigestOids.Sha512,
        DigestAlgorithm.Gost34311 => DigestOids.KazakhGost34311,
        DigestAlgorithm.Streebog256 => DigestOids.KazakhStreebog256,
        DigestAlgorithm.Streebog512 => DigestOids.KazakhStreebog512,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown digest algorithm."),
    };

    /// <summary>Creates a BouncyCastle digest; GOST 34.311-95 uses the test S-box ("D-Test").</summary>
    public static IDigest CreateDigest(DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Sha1 => new Sha1Digest(),
        DigestAlgorithm.Sha256 => new Sha256Digest(),
        DigestAlgorithm.Sha384 => new Sha384Digest(),
        DigestAlgorithm.Sha512 => new Sha512Digest(),
        DigestAlgorithm.Gost34311 => new Gost3411Digest(TestSBox),
        DigestAlgorithm.Streebog256 => new Gost3411_2012_256Digest(),
        DigestAlgorithm.Streebog512 => new Gost3411_2012_512Digest(),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown digest algorithm."),
    };

    /// <summary>Computes a digest in one call: SHA through .NET, GOST through BouncyCastle.</summary>
    public static byte[] Compute(DigestAlgorithm algorithm, ReadOnlySpan<byte> data)
    {
        switch (algorithm)
        {
            case DigestAlgorithm.Sha1:
                // SHA-1 stays readable for legacy NCA certificates and ESS signingCertificate v1.
#pragma warning disable CA5350
                return SHA1.HashData(data);
#pragma warning restore CA5350
            case DigestAlgorithm.Sha256:
                return SHA256.HashData(data);
            case DigestAlgorithm.Sha384:
                return SHA384.HashData(data);
            case DigestAlgorithm.Sha512:
                return SHA512.HashData(data);
            default:
                var digest = CreateDigest(algorithm);
                digest.BlockUpdate(data);
                var output = new byte[digest.GetDigestSize()];
                digest.DoFinal(output);
                return output;
        }
    }
}
