using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// Verifies a raw signature value over bytes with a public key, for every algorithm the NCA uses:
/// RSA (PKCS#1 v1.5, PSS), GOST 34.310-2004 with GOST 34.311-95, GOST R 34.10-2015 256/512 with
/// GOST 34.11-2015. Certificates, CRLs, OCSP responses, CMS and XMLDSig all verify through it.
/// </summary>
public interface ISignatureVerifier
{
    /// <summary>
    /// Checks <paramref name="signatureValue"/> over <paramref name="signedBytes"/>. GOST values
    /// are taken in the byte order the NCA writes them. Fails with
    /// <see cref="SignatureErrorCodes.UnsupportedAlgorithm"/> for an algorithm it does not know
    /// and <see cref="SignatureErrorCodes.SignatureInvalid"/> when the value does not verify.
    /// </summary>
    Idocs.Common.Results.Result Verify(
        SubjectPublicKeyInfo publicKey,
        AlgorithmIdentifier signatureAlgorithm,
        ReadOnlySpan<byte> signedBytes,
        ReadOnlySpan<byte> signatureValue);
}
