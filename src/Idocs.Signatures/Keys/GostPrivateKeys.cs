using Idocs.Signatures.Algorithms;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Keys;

/// <summary>
/// Decodes NCA GOST private keys from PKCS#8. GOST 34.310-2004 keys hold d as a DER INTEGER (big
/// endian); GOST 34.10-2015 keys hold an OCTET STRING of d little-endian.
/// </summary>
internal static class GostPrivateKeys
{
    public static ECPrivateKeyParameters? Decode(PrivateKeyInfo info)
    {
        var oid = info.PrivateKeyAlgorithm.Algorithm.Id;
        if (!GostPublicKeys.IsGostKey(oid)
            || info.PrivateKeyAlgorithm.Parameters is not Asn1Sequence { Count: >= 1 } parameters)
        {
            return null;
        }

        var domain = GostCurves.Find(DerObjectIdentifier.GetInstance(parameters[0]).Id);
        if (domain is null)
        {
            return null;
        }

        var d = ReadD(info.PrivateKey.GetOctets());
        return d is null || d.SignValue <= 0 || d.CompareTo(domain.N) >= 0 ? null : new ECPrivateKeyParameters(d, domain);
    }

    private static BigInteger? ReadD(byte[] octets)
    {
        var inner = Asn1Object.FromByteArray(octets);
        return inner switch
        {
            DerInteger integer => integer.PositiveValue,
            Asn1OctetString octetString => GostPublicKeys.ReadLittleEndian(octetString.GetOctets()),
            _ => null,
        };
    }

    /// <summary>
    /// Encodes a GOST private key in the NCA layout under the certificate's key algorithm: INTEGER d
    /// for 34.310-2004 keys, an OCTET STRING of d little-endian for 34.10-2015 keys.
    /// </summary>
    public static PrivateKeyInfo Encode(ECPrivateKeyParameters key, Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier keyAlgorithm)
    {
        Asn1Encodable value;
        if (keyAlgorithm.Algorithm.Id == SignatureOids.KazakhGost2004PublicKey)
        {
            value = new DerInteger(key.D);
        }
        else
        {
            var d = new byte[GostPublicKeys.CoordinateSize(key.Parameters)];
            GostPublicKeys.WriteLittleEndian(key.D, d);
            value = new DerOctetString(d);
        }

        return new PrivateKeyInfo(keyAlgorithm, value);
    }
}
