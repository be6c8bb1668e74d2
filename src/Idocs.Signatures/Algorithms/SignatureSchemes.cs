using Idocs.Common.Results;
using Idocs.Signatures.Digests;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Algorithms;

/// <summary>Resolves signature AlgorithmIdentifiers to <see cref="SignatureScheme"/>s.</summary>
public static class SignatureSchemes
{
    private const string Mgf1Oid = "1.2.840.113549.1.1.8";

    private static readonly string[] RsaKeys = [SignatureOids.RsaEncryption];
    private static readonly string[] EcKeys = [SignatureOids.EcPublicKey];

    public static SignatureScheme Gost2004 { get; } = new(
        "GOST 34.310-2004", SignatureFamily.Gost, DigestAlgorithm.Gost34311, [SignatureOids.KazakhGost2004PublicKey]);

    public static SignatureScheme Gost2015Bits256 { get; } = new(
        "GOST 34.10-2015-256", SignatureFamily.Gost, DigestAlgorithm.Streebog256, [SignatureOids.KazakhGost2015PublicKey256]);

    public static SignatureScheme Gost2015Bits512 { get; } = new(
        "GOST 34.10-2015-512", SignatureFamily.Gost, DigestAlgorithm.Streebog512, [SignatureOids.KazakhGost2015PublicKey512]);

    public static SignatureScheme RussianGost2012Bits256 { get; } = new(
        "GOST R 34.10-2012-256", SignatureFamily.Gost, DigestAlgorithm.Streebog256,
        [SignatureOids.RussianGost2012PublicKey256], GostSignatureLayout.Rfc4491);

    public static SignatureScheme RussianGost2012Bits512 { get; } = new(
        "GOST R 34.10-2012-512", SignatureFamily.Gost, DigestAlgorithm.Streebog512,
        [SignatureOids.RussianGost2012PublicKey512], GostSignatureLayout.Rfc4491);

    /// <summary>
    /// Resolves a signature AlgorithmIdentifier. The Kazakh public-key OIDs are accepted as
    /// signature OIDs, because Kalkan CMS of 2018-2021 put them in SignerInfo.signatureAlgorithm.
    /// </summary>
    public static Result<SignatureScheme> Resolve(AlgorithmIdentifier algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var oid = algorithm.Algorithm.Id;
        return oid switch
        {
            SignatureOids.Sha1WithRsa => Rsa(DigestAlgorithm.Sha1),
            SignatureOids.Sha256WithRsa => Rsa(DigestAlgorithm.Sha256),
            SignatureOids.Sha384WithRsa => Rsa(DigestAlgorithm.Sha384),
            SignatureOids.Sha512WithRsa => Rsa(DigestAlgorithm.Sha512),
            SignatureOids.RsaPss => ResolvePss(algorithm.Parameters),
            SignatureOids.EcdsaWithSha256 => Ecdsa(DigestAlgorithm.Sha256),
            SignatureOids.EcdsaWithSha384 => Ecdsa(DigestAlgorithm.Sha384),
            SignatureOids.EcdsaWithSha512 => Ecdsa(DigestAlgorithm.Sha512),
            SignatureOids.KazakhGost2004Signature or SignatureOids.KazakhGost2004PublicKey => Gost2004,
            SignatureOids.KazakhGost2015Signature256 or SignatureOids.KazakhGost2015PublicKey256 => Gost2015Bits256,
            SignatureOids.KazakhGost2015Signature512 or SignatureOids.KazakhGost2015PublicKey512 => Gost2015Bits512,
            SignatureOids.RussianGost2012Signature256 => RussianGost2012Bits256,
            SignatureOids.RussianGost2012Signature512 => RussianGost2012Bits512,
            _ => Unsupported(oid),
        };
    }

    /// <summary>
    /// Resolves a CMS SignerInfo's pair of digest and signature algorithms. rsaEncryption takes its
    /// digest from the digest algorithm; every other scheme must use the digest it names.
    /// </summary>
    public static Result<SignatureScheme> ResolveForCms(AlgorithmIdentifier digestAlgorithm, AlgorithmIdentifier signatureAlgorithm)
    {
        ArgumentNullException.ThrowIfNull(digestAlgorithm);
        ArgumentNullException.ThrowIfNull(signatureAlgorithm);
        var digest = DigestAlgorithms.FromOid(digestAlgorithm.Algorithm.Id);
        if (digest is null)
        {
            return Unsupported(digestAlgorithm.Algorithm.Id);
        }

        var scheme = signatureAlgorithm.Algorithm.Id == SignatureOids.RsaEncryption
            ? Rsa(digest.Value)
            : Resolve(signatureAlgorithm);
        if (scheme.IsSuccess && scheme.Value.Digest != digest.Value)
        {
            return Result<SignatureScheme>.Failure(
                SignatureErrorCodes.UnsupportedAlgorithm,
                $"Digest algorithm {digestAlgorithm.Algorithm.Id} does not match signature algorithm " +
                $"{signatureAlgorithm.Algorithm.Id}, which uses {scheme.Value.Digest}.");
        }

        return scheme;
    }

    private static SignatureScheme Rsa(DigestAlgorithm digest) =>
        new($"RSA PKCS#1 v1.5 with {digest}", SignatureFamily.RsaPkcs1, digest, RsaKeys);

    private static SignatureScheme Ecdsa(DigestAlgorithm digest) =>
        new($"ECDSA with {digest}", SignatureFamily.Ecdsa, digest, EcKeys);

    private static Result<SignatureScheme> ResolvePss(Asn1Encodable? parameters)
    {
        RsassaPssParameters pss;
        try
        {
            pss = parameters is null ? new RsassaPssParameters() : RsassaPssParameters.GetInstance(parameters);
        }
        catch (ArgumentException exception)
        {
            return Result<SignatureScheme>.Failure(SignatureErrorCodes.MalformedInput, $"RSA-PSS parameters are invalid: {exception.Message}");
        }

        var digest = DigestAlgorithms.FromOid(pss.HashAlgorithm.Algorithm.Id);
        var mgfDigest = pss.MaskGenAlgorithm.Algorithm.Id == Mgf1Oid
            ? DigestAlgorithms.FromOid(AlgorithmIdentifier.GetInstance(pss.MaskGenAlgorithm.Parameters).Algorithm.Id)
            : null;
        if (digest is null || mgfDigest != digest || pss.TrailerField.IntValueExact != 1)
        {
            return Unsupported($"{SignatureOids.RsaPss} with hash {pss.HashAlgorithm.Algorithm.Id} and mask {pss.MaskGenAlgorithm.Algorithm.Id}");
        }

        return new SignatureScheme(
            $"RSA-PSS with {digest}", SignatureFamily.RsaPss, digest.Value, RsaKeys, PssSaltLength: pss.SaltLength.IntValueExact);
    }

    private static Result<SignatureScheme> Unsupported(string oid) => Result<SignatureScheme>.Failure(
        SignatureErrorCodes.UnsupportedAlgorithm,
        $"Algorithm {oid} is not supported; Idocs verifies RSA (PKCS#1 v1.5, PSS), ECDSA and the NCA GOST algorithms.");
}
