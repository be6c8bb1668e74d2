using Idocs.Common.Results;
using Idocs.Signatures;
using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Tests.Trust;

/// <summary>
/// The verifier of trust tests: the library's <see cref="SignatureVerifier"/> first, which knows
/// RSA, ECDSA and the Kazakh GOST algorithms, then BouncyCastle's registered signers for what the
/// library does not verify, such as the DSA certificates of NIST PKITS.
/// </summary>
public sealed class TestSignatureVerifier : ISignatureVerifier
{
    private readonly SignatureVerifier _library = new();

    public static bool SupportsKazakhGost => true;

    public Result Verify(
        SubjectPublicKeyInfo publicKey,
        AlgorithmIdentifier signatureAlgorithm,
        ReadOnlySpan<byte> signedBytes,
        ReadOnlySpan<byte> signatureValue)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(signatureAlgorithm);

        var libraryResult = _library.Verify(publicKey, signatureAlgorithm, signedBytes, signatureValue);
        if (libraryResult.IsSuccess || libraryResult.Error.Code != SignatureErrorCodes.UnsupportedAlgorithm)
        {
            return libraryResult;
        }

        Org.BouncyCastle.Crypto.ISigner signer;
        Org.BouncyCastle.Crypto.AsymmetricKeyParameter key;
        try
        {
            signer = SignerUtilities.GetSigner(signatureAlgorithm.Algorithm);
            key = PublicKeyFactory.CreateKey(publicKey);
        }
        catch (Exception exception) when (exception is SecurityUtilityException or ArgumentException or InvalidOperationException)
        {
            return Result.Failure(SignatureErrorCodes.UnsupportedAlgorithm, $"algorithm {signatureAlgorithm.Algorithm.Id}: {exception.Message}");
        }

        try
        {
            signer.Init(false, key);
            signer.BlockUpdate(signedBytes);
            return signer.VerifySignature(signatureValue.ToArray())
                ? Result.Success()
                : Result.Failure(SignatureErrorCodes.SignatureInvalid, "signature does not verify");
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or InvalidCastException)
        {
            return Result.Failure(SignatureErrorCodes.SignatureInvalid, exception.Message);
        }
    }
}
