using Idocs.Common.Results;
using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;

namespace Idocs.Signatures.Keys;

/// <summary>Pairs the private key of a key file with the certificate that carries its public key.</summary>
internal static class Pkcs12KeyMatcher
{
    public static Result<SigningKey> Match(List<AsymmetricKeyParameter> keys, List<X509Certificate> certificates)
    {
        if (keys.Count == 0)
        {
            return Result<SigningKey>.Failure(KeyErrorCodes.KeyNotFound, "The PKCS#12 file contains no private key; export the key file again with its private key.");
        }

        foreach (var key in keys)
        {
            var certificate = certificates.FirstOrDefault(c => Matches(key, c));
            if (certificate is not null)
            {
                return new SigningKey(key, certificate, certificates.Where(c => !ReferenceEquals(c, certificate)).ToList());
            }
        }

        return Result<SigningKey>.Failure(
            KeyErrorCodes.KeyNotFound, "The PKCS#12 file contains no certificate whose public key matches its private key; export the key file again with its certificate.");
    }

    private static bool Matches(AsymmetricKeyParameter key, X509Certificate certificate)
    {
        if (key is RsaPrivateCrtKeyParameters rsa)
        {
            return certificate.SubjectPublicKeyInfo.Algorithm.Algorithm.Id == SignatureOids.RsaEncryption
                && certificate.GetPublicKey() is RsaKeyParameters publicRsa
                && publicRsa.Modulus.Equals(rsa.Modulus);
        }

        if (key is ECPrivateKeyParameters gost)
        {
            var publicKey = GostPublicKeys.Decode(certificate.SubjectPublicKeyInfo);
            return publicKey.IsSuccess
                && publicKey.Value.Parameters.Q.Equals(gost.Parameters.G.Multiply(gost.D).Normalize());
        }

        return false;
    }
}
