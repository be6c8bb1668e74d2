using System.Collections.Concurrent;
using Idocs.Common.Results;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// Reads and writes GOST SubjectPublicKeyInfo in the layout the NCA and RFC 4491 share: a BIT STRING
/// holding an OCTET STRING of X little-endian followed by Y little-endian.
/// </summary>
public static class GostPublicKeys
{
    private static readonly HashSet<string> KeyOids =
    [
        SignatureOids.KazakhGost2004PublicKey,
        SignatureOids.KazakhGost2015PublicKey256,
        SignatureOids.KazakhGost2015PublicKey512,
        SignatureOids.RussianGost2001PublicKey,
        SignatureOids.RussianGost2012PublicKey256,
        SignatureOids.RussianGost2012PublicKey512,
    ];

    private const int MaxCachedKeys = 4096;

    private static readonly ConcurrentDictionary<string, GostPublicKey> DecodedKeys = new(StringComparer.Ordinal);

    /// <summary>Whether the SubjectPublicKeyInfo algorithm OID is a GOST key this class decodes.</summary>
    public static bool IsGostKey(string keyAlgorithmOid) => KeyOids.Contains(keyAlgorithmOid);

    /// <summary>
    /// Decodes the key and checks that the point lies on the named curve. Decoded keys are cached,
    /// because BouncyCastle keeps its precomputed multiples on the point object. In a Stopwatch loop
    /// over one GOST-2004 test key, a reused key verified about twice as fast as a fresh one.
    /// </summary>
    public static Result<GostPublicKey> Decode(SubjectPublicKeyInfo publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        var oid = publicKey.Algorithm.Algorithm.Id;
        if (!IsGostKey(oid))
        {
            return Malformed($"key algorithm {oid} is not a GOST key");
        }

        var cacheKey = Convert.ToBase64String(publicKey.GetDerEncoded());
        if (DecodedKeys.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        try
        {
            var decoded = DecodeChecked(oid, publicKey);
            if (decoded.IsSuccess)
            {
                Remember(cacheKey, decoded.Value);
            }

            return decoded;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IOException)
        {
            return Malformed(exception.Message);
        }
    }

    /// <summary>Encodes a public key as SubjectPublicKeyInfo under the given key and curve OIDs.</summary>
    public static SubjectPublicKeyInfo Encode(
        ECPublicKeyParameters key, string keyAlgorithmOid, string curveOid, string? digestOid)
    {
        ArgumentNullException.ThrowIfNull(key);
        var size = CoordinateSize(key.Parameters);
        var point = key.Q.Normalize();
        var raw = new byte[2 * size];
        WriteLittleEndian(point.AffineXCoord.ToBigInteger(), raw.AsSpan(0, size));
        WriteLittleEndian(point.AffineYCoord.ToBigInteger(), raw.AsSpan(size, size));

        var parameters = digestOid is null
            ? new DerSequence(new DerObjectIdentifier(curveOid))
            : new DerSequence(new DerObjectIdentifier(curveOid), new DerObjectIdentifier(digestOid));
        var algorithm = new AlgorithmIdentifier(new DerObjectIdentifier(keyAlgorithmOid), parameters);
        return new SubjectPublicKeyInfo(algorithm, new DerOctetString(raw));
    }

    /// <summary>Adds a key to the cache, emptying it first when full so that memory stays bounded.</summary>
    private static void Remember(string cacheKey, GostPublicKey key)
    {
        if (DecodedKeys.Count >= MaxCachedKeys)
        {
            DecodedKeys.Clear();
        }

        DecodedKeys[cacheKey] = key;
    }

    internal static int CoordinateSize(ECDomainParameters domain) => (domain.Curve.FieldSize + 7) / 8;

    private static Result<GostPublicKey> DecodeChecked(string oid, SubjectPublicKeyInfo publicKey)
    {
        if (publicKey.Algorithm.Parameters is not Asn1Sequence { Count: >= 1 } parameters)
        {
            return Malformed("the GOST key parameters (curve OID) are missing");
        }

        var curveOid = DerObjectIdentifier.GetInstance(parameters[0]).Id;
        var domain = GostCurves.Find(curveOid);
        if (domain is null)
        {
            return Malformed($"curve {curveOid} is unknown");
        }

        var raw = Asn1OctetString.GetInstance(publicKey.ParsePublicKey()).GetOctets();
        var size = CoordinateSize(domain);
        if (raw.Length != 2 * size)
        {
            return Malformed($"the point has {raw.Length} bytes where curve {curveOid} needs {2 * size}");
        }

        var x = ReadLittleEndian(raw.AsSpan(0, size));
        var y = ReadLittleEndian(raw.AsSpan(size, size));
        var point = domain.Curve.ValidatePoint(x, y);
        return new GostPublicKey(oid, new ECPublicKeyParameters(point, domain), size);
    }

    internal static BigInteger ReadLittleEndian(ReadOnlySpan<byte> bytes)
    {
        var bigEndian = bytes.ToArray();
        Array.Reverse(bigEndian);
        return new BigInteger(1, bigEndian);
    }

    internal static void WriteLittleEndian(BigInteger value, Span<byte> destination)
    {
        var bigEndian = value.ToByteArrayUnsigned();
        if (bigEndian.Length > destination.Length)
        {
            throw new ArgumentException("The value does not fit the coordinate size.", nameof(value));
        }

        destination.Clear();
        for (var i = 0; i < bigEndian.Length; i++)
        {
            destination[i] = bigEndian[bigEndian.Length - 1 - i];
        }
    }

    private static Result<GostPublicKey> Malformed(string reason) => Result<GostPublicKey>.Failure(
        SignatureErrorCodes.MalformedInput, $"The GOST public key cannot be decoded: {reason}.");
}
