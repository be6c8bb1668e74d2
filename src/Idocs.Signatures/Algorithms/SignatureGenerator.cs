using System.Security.Cryptography;
using Idocs.Signatures.Digests;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// Makes raw signature values the way the NCA does: RSA PKCS#1 v1.5 with SHA-256 through .NET, GOST
/// with the Kazakh OIDs in the NCA's byte layout through BouncyCastle.
/// </summary>
public static class SignatureGenerator
{
    /// <summary>Chooses the scheme for a key from its certificate's public-key algorithm.</summary>
    public static SignatureScheme SchemeFor(SubjectPublicKeyInfo certificateKey)
    {
        ArgumentNullException.ThrowIfNull(certificateKey);
        return certificateKey.Algorithm.Algorithm.Id switch
        {
            SignatureOids.RsaEncryption => SignatureSchemes.Resolve(Identifier(SignatureOids.Sha256WithRsa)).Value!,
            SignatureOids.KazakhGost2004PublicKey => SignatureSchemes.Gost2004,
            SignatureOids.KazakhGost2015PublicKey256 => SignatureSchemes.Gost2015Bits256,
            SignatureOids.KazakhGost2015PublicKey512 => SignatureSchemes.Gost2015Bits512,
            SignatureOids.RussianGost2012PublicKey256 => SignatureSchemes.RussianGost2012Bits256,
            SignatureOids.RussianGost2012PublicKey512 => SignatureSchemes.RussianGost2012Bits512,
            var other => throw new NotSupportedException($"Signing with {other} keys is not supported."),
        };
    }

    /// <summary>Returns the signature AlgorithmIdentifier Idocs writes for a scheme.</summary>
    public static AlgorithmIdentifier AlgorithmFor(SignatureScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.Family == SignatureFamily.RsaPkcs1)
        {
            return new AlgorithmIdentifier(new DerObjectIdentifier(SignatureOids.Sha256WithRsa), DerNull.Instance);
        }

        var oid = scheme.KeyAlgorithmOids[0] switch
        {
            SignatureOids.KazakhGost2004PublicKey => SignatureOids.KazakhGost2004Signature,
            SignatureOids.KazakhGost2015PublicKey256 => SignatureOids.KazakhGost2015Signature256,
            SignatureOids.KazakhGost2015PublicKey512 => SignatureOids.KazakhGost2015Signature512,
            SignatureOids.RussianGost2012PublicKey256 => SignatureOids.RussianGost2012Signature256,
            SignatureOids.RussianGost2012PublicKey512 => SignatureOids.RussianGost2012Signature512,
            var other => throw new NotSupportedException($"No signature OID for {other} keys."),
        };
        return scheme.GostLayout == GostSignatureLayout.NcaReversed
            ? new AlgorithmIdentifier(new DerObjectIdentifier(oid), DerNull.Instance)
            : new AlgorithmIdentifier(new DerObjectIdentifier(oid));
    }

    /// <summary>Signs data with an RSA or GOST private key under the scheme given.</summary>
    public static byte[] Sign(AsymmetricKeyParameter privateKey, SignatureScheme scheme, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        ArgumentNullException.ThrowIfNull(scheme);
        return privateKey switch
        {
            RsaPrivateCrtKeyParameters rsa when scheme.Family == SignatureFamily.RsaPkcs1 => SignRsa(rsa, scheme.Digest, data),
            ECPrivateKeyParameters gost when scheme.Family == SignatureFamily.Gost => GostSignatures.Sign(gost, scheme, data),
            _ => throw new NotSupportedException($"A {privateKey.GetType().Name} cannot make a {scheme.Name} signature."),
        };
    }

    private static byte[] SignRsa(RsaPrivateCrtKeyParameters key, DigestAlgorithm digest, ReadOnlySpan<byte> data)
    {
        using var rsa = RSA.Create(DotNetUtilities.ToRSAParameters(key));
        return rsa.SignData(data, DotNetSignatures.ToHashName(digest), RSASignaturePadding.Pkcs1);
    }

    private static AlgorithmIdentifier Identifier(string oid) => new(new DerObjectIdentifier(oid));
}
