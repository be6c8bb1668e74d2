using System.Security.Cryptography;
using Idocs.Signatures.Digests;

namespace Idocs.Signatures.Algorithms;

/// <summary>RSA and ECDSA verification through System.Security.Cryptography.</summary>
internal static class DotNetSignatures
{
    public static bool VerifyRsa(
        byte[] subjectPublicKeyInfo, SignatureScheme scheme, ReadOnlySpan<byte> signedBytes, ReadOnlySpan<byte> signatureValue)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        var padding = scheme.Family == SignatureFamily.RsaPss ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
        return rsa.VerifyData(signedBytes, signatureValue, ToHashName(scheme.Digest), padding);
    }

    public static bool VerifyEcdsa(
        byte[] subjectPublicKeyInfo, SignatureScheme scheme, ReadOnlySpan<byte> signedBytes, ReadOnlySpan<byte> signatureValue)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        var fixedField = StrictEcdsaSignature.ToFixedField(signatureValue, (ecdsa.KeySize + 7) / 8);
        return fixedField is not null && ecdsa.VerifyData(
            signedBytes, fixedField, ToHashName(scheme.Digest), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>Size in bytes of the digest, which .NET uses as the PSS salt length.</summary>
    public static int DigestSize(DigestAlgorithm digest) => digest switch
    {
        DigestAlgorithm.Sha1 => 20,
        DigestAlgorithm.Sha256 => 32,
        DigestAlgorithm.Sha384 => 48,
        DigestAlgorithm.Sha512 => 64,
        _ => 0,
    };

    public static HashAlgorithmName ToHashName(DigestAlgorithm digest) => digest switch
    {
        DigestAlgorithm.Sha1 => HashAlgorithmName.SHA1,
        DigestAlgorithm.Sha256 => HashAlgorithmName.SHA256,
        DigestAlgorithm.Sha384 => HashAlgorithmName.SHA384,
        DigestAlgorithm.Sha512 => HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(digest), digest, "Not a SHA digest."),
    };
}
