using System.Security.Cryptography;
using Idocs.Common.Results;
using Idocs.Signatures;
using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Oiw;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>
/// An RSA-only <see cref="ISignatureVerifier"/> on System.Security.Cryptography, so that XMLDSig
/// tests run before the library's own verifier exists. GOST algorithms fail as unsupported.
/// </summary>
internal sealed class RsaTestSignatureVerifier : ISignatureVerifier
{
    public Result Verify(
        SubjectPublicKeyInfo publicKey,
        AlgorithmIdentifier signatureAlgorithm,
        ReadOnlySpan<byte> signedBytes,
        ReadOnlySpan<byte> signatureValue)
    {
        var scheme = Scheme(signatureAlgorithm);
        if (scheme is null || !publicKey.Algorithm.Algorithm.Equals(PkcsObjectIdentifiers.RsaEncryption))
        {
            return Result.Failure(SignatureErrorCodes.UnsupportedAlgorithm, $"The test verifier supports RSA only, not {signatureAlgorithm.Algorithm.Id}.");
        }

        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKey.GetDerEncoded(), out _);
        var (hash, padding) = scheme.Value;
        return rsa.VerifyData(signedBytes, signatureValue, hash, padding)
            ? Result.Success()
            : Result.Failure(SignatureErrorCodes.SignatureInvalid, "The RSA signature does not verify.");
    }

    private static (HashAlgorithmName, RSASignaturePadding)? Scheme(AlgorithmIdentifier algorithm)
    {
        var oid = algorithm.Algorithm;
        if (oid.Equals(PkcsObjectIdentifiers.Sha1WithRsaEncryption))
        {
            return (HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        }

        if (oid.Equals(PkcsObjectIdentifiers.Sha256WithRsaEncryption))
        {
            return (HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }

        if (oid.Equals(PkcsObjectIdentifiers.Sha384WithRsaEncryption))
        {
            return (HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1);
        }

        if (oid.Equals(PkcsObjectIdentifiers.Sha512WithRsaEncryption))
        {
            return (HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1);
        }

        if (oid.Equals(PkcsObjectIdentifiers.IdRsassaPss))
        {
            var parameters = RsassaPssParameters.GetInstance(algorithm.Parameters);
            var hashOid = parameters.HashAlgorithm.Algorithm;
            HashAlgorithmName? hash =
                hashOid.Equals(NistObjectIdentifiers.IdSha256) ? HashAlgorithmName.SHA256 :
                hashOid.Equals(NistObjectIdentifiers.IdSha384) ? HashAlgorithmName.SHA384 :
                hashOid.Equals(NistObjectIdentifiers.IdSha512) ? HashAlgorithmName.SHA512 :
                hashOid.Equals(OiwObjectIdentifiers.IdSha1) ? HashAlgorithmName.SHA1 : null;
            return hash is null ? null : (hash.Value, RSASignaturePadding.Pss);
        }

        return null;
    }
}
