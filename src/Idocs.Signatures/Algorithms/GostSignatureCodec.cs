using Org.BouncyCastle.Math;

namespace Idocs.Signatures.Algorithms;

/// <summary>Splits GOST signature values into r and s and joins them, in either byte layout.</summary>
public static class GostSignatureCodec
{
    /// <summary>Reads r and s; returns false when the value is not exactly two coordinates long.</summary>
    public static bool TryDecode(
        ReadOnlySpan<byte> value, GostSignatureLayout layout, int coordinateSize, out BigInteger r, out BigInteger s)
    {
        r = BigInteger.Zero;
        s = BigInteger.Zero;
        if (value.Length != 2 * coordinateSize)
        {
            return false;
        }

        var first = value[..coordinateSize];
        var second = value[coordinateSize..];
        if (layout == GostSignatureLayout.NcaReversed)
        {
            r = GostPublicKeys.ReadLittleEndian(first);
            s = GostPublicKeys.ReadLittleEndian(second);
        }
        else
        {
            s = new BigInteger(1, first.ToArray());
            r = new BigInteger(1, second.ToArray());
        }

        return true;
    }

    /// <summary>Writes r and s in the layout given.</summary>
    public static byte[] Encode(BigInteger r, BigInteger s, GostSignatureLayout layout, int coordinateSize)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(s);
        var value = new byte[2 * coordinateSize];
        var first = value.AsSpan(0, coordinateSize);
        var second = value.AsSpan(coordinateSize);
        if (layout == GostSignatureLayout.NcaReversed)
        {
            GostPublicKeys.WriteLittleEndian(r, first);
            GostPublicKeys.WriteLittleEndian(s, second);
        }
        else
        {
            WriteBigEndian(s, first);
            WriteBigEndian(r, second);
        }

        return value;
    }

    private static void WriteBigEndian(BigInteger value, Span<byte> destination)
    {
        var bytes = value.ToByteArrayUnsigned();
        if (bytes.Length > destination.Length)
        {
            throw new ArgumentException("The value does not fit the coordinate size.", nameof(value));
        }

        destination.Clear();
        bytes.CopyTo(destination[(destination.Length - bytes.Length)..]);
    }
}
