using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace Idocs.Signatures.Keys;

/// <summary>Decodes a PKCS#8 private key: RSA through BouncyCastle, GOST through <see cref="GostPrivateKeys"/>.</summary>
internal static class PrivateKeyDecoder
{
    public static AsymmetricKeyParameter? Decode(PrivateKeyInfo info)
    {
        if (info.PrivateKeyAlgorithm.Algorithm.Equals(PkcsObjectIdentifiers.RsaEncryption))
        {
            return PrivateKeyFactory.CreateKey(info);
        }

        return GostPrivateKeys.Decode(info);
    }
}
