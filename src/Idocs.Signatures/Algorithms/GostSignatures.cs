using Idocs.Signatures.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// GOST elliptic-curve signatures through BouncyCastle's <see cref="ECGost3410Signer"/>, which
/// reads the digest as a little-endian number as the standards require.
/// </summary>
public static class GostSignatures
{
    /// <summary>Checks a signature value in the scheme's layout over the digest of the data.</summary>
    public static bool Verify(
        GostPublicKey key, SignatureScheme scheme, ReadOnlySpan<byte> signedBytes, ReadOnlySpan<byte> signatureValue)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(scheme);
        if (!GostSignatureCodec.TryDecode(signatureValue, scheme.GostLayout, key.CoordinateSize, out var r, out var s))
        {
            return false;
        }

        var digest = DigestAlgorithms.Compute(scheme.Digest, signedBytes);
        return VerifyDigest(key.Parameters, digest, r, s);
    }

    /// <summary>Checks (r, s) over a digest given as the bytes the digest function output.</summary>
    public static bool VerifyDigest(
        ECPublicKeyParameters key, byte[] digest, Org.BouncyCastle.Math.BigInteger r, Org.BouncyCastle.Math.BigInteger s)
    {
        ArgumentNullException.ThrowIfNull(key);
        var signer = new ECGost3410Signer();
        signer.Init(false, key);
        return signer.VerifySignature(NormalizeDigest(digest, key.Parameters.N), r, s);
    }

    /// <summary>Signs the digest of the data and writes the value in the scheme's layout.</summary>
    public static byte[] Sign(ECPrivateKeyParameters key, SignatureScheme scheme, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(scheme);
        var digest = DigestAlgorithms.Compute(scheme.Digest, data);
        var signer = new ECGost3410Signer();
        signer.Init(true, new ParametersWithRandom(key, new SecureRandom()));
        var rs = signer.GenerateSignature(NormalizeDigest(digest, key.Parameters.N));
        return GostSignatureCodec.Encode(rs[0], rs[1], scheme.GostLayout, GostPublicKeys.CoordinateSize(key.Parameters));
    }

    /// <summary>
    /// Replaces a digest whose value is 0 modulo the group order with 1, as GOST 34.10 requires;
    /// BouncyCastle would otherwise fail to invert it.
    /// </summary>
    private static byte[] NormalizeDigest(byte[] digest, Org.BouncyCastle.Math.BigInteger order)
    {
        var e = GostPublicKeys.ReadLittleEndian(digest).Mod(order);
        if (e.SignValue != 0)
        {
            return digest;
        }

        var one = new byte[digest.Length];
        one[0] = 1;
        return one;
    }
}
