using System.Security.Cryptography;
using Idocs.Common.Results;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// Verifies raw signature values: RSA and ECDSA through System.Security.Cryptography, GOST through
/// BouncyCastle with the Kazakh key and signature layouts. Stateless and thread-safe.
/// </summary>
public sealed class SignatureVerifier : ISignatureVerifier
{
    public Result Verify(
        SubjectPublicKeyInfo publicKey,
        AlgorithmIdentifier signatureAlgorithm,
        ReadOnlySpan<byte> signedBytes,
        ReadOnlySpan<byte> signatureValue)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(signatureAlgorithm);
        var scheme = SignatureSchemes.Resolve(signatureAlgorithm);
        return scheme.IsSuccess
            ? Verify(publicKey, scheme.Value, signedBytes, signatureValue)
            : Result.Failure(scheme.Error);
    }

    /// <summary>Verifies with an already resolved scheme, as CMS does after pairing digest and signature OIDs.</summary>
    public static Result Verify(
        SubjectPublicKeyInfo publicKey, SignatureScheme scheme, ReadOnlySpan<byte> signedBytes, ReadOnlySpan<byte> signatureValue)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(scheme);
        var keyOid = publicKey.Algorithm.Algorithm.Id;
        if (!scheme.KeyAlgorithmOids.Contains(keyOid))
        {
            return Result.Failure(
                SignatureErrorCodes.KeyAlgorithmMismatch,
                $"A {keyOid} public key cannot verify a {scheme.Name} signature.");
        }

        var checkedValue = scheme.Family == SignatureFamily.Gost
            ? VerifyGost(publicKey, scheme, signedBytes, signatureValue)
            : VerifyDotNet(publicKey, scheme, signedBytes, signatureValue);
        if (!checkedValue.IsSuccess)
        {
            return Result.Failure(checkedValue.Error);
        }

        return checkedValue.Value
            ? Result.Success()
            : Result.Failure(SignatureErrorCodes.SignatureInvalid, $"The {scheme.Name} signature value does not verify with the public key.");
    }

    private static Result<bool> VerifyGost(
        SubjectPublicKeyInfo publicKey, SignatureScheme scheme, ReadOnlySpan<byte> signedBytes, ReadOnlySpan<byte> signatureValue)
    {
        var key = GostPublicKeys.Decode(publicKey);
        return key.IsSuccess
            ? GostSignatures.Verify(key.Value, scheme, signedBytes, signatureValue)
            : Result<bool>.Failure(key.Error);
    }

    private static Result<bool> VerifyDotNet(
        SubjectPublicKeyInfo publicKey, SignatureScheme scheme, ReadOnlySpan<byte> signedBytes, ReadOnlySpan<byte> signatureValue)
    {
        if (scheme.Family == SignatureFamily.RsaPss && scheme.PssSaltLength != DotNetSignatures.DigestSize(scheme.Digest))
        {
            return Result<bool>.Failure(
                SignatureErrorCodes.UnsupportedAlgorithm,
                $"RSA-PSS with a {scheme.PssSaltLength}-byte salt is not supported; the salt must be as long as the {scheme.Digest} digest.");
        }

        try
        {
            var der = publicKey.GetDerEncoded();
            return scheme.Family == SignatureFamily.Ecdsa
                ? DotNetSignatures.VerifyEcdsa(der, scheme, signedBytes, signatureValue)
                : DotNetSignatures.VerifyRsa(der, scheme, signedBytes, signatureValue);
        }
        catch (CryptographicException exception)
        {
            return Result<bool>.Failure(SignatureErrorCodes.MalformedInput, $"The {scheme.Name} public key cannot be imported: {exception.Message}");
        }
    }
}
