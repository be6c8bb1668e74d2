using Idocs.Common.Results;
using Idocs.Signatures;
using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Tests.Trust;

/// <summary>
/// A stand-in for the library's verifier in trust tests: RSA and DSA through BouncyCastle's
/// registered signers. It does not know the Kazakh GOST OIDs, so tests over NCA GOST data skip
/// when it is the verifier in use.
/// </summary>
public sealed class TestSignatureVerifier : ISignatureVerifier
{
    public static bool SupportsKazakhGost => false;

    public Result Verify(
        SubjectPublicKeyInfo publicKey,
        AlgorithmIdentifier signatureAlgorithm,
        ReadOnlySpan<byte> signedBytes,
        ReadOnlySpan<byte> signatureValue)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(signatureAlgorithm);

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
