using Org.BouncyCastle.Asn1;

namespace Idocs.Signatures.Algorithms;

/// <summary>
/// Converts a DER ECDSA signature to r‖s, rejecting every non-DER or negative encoding. .NET's own
/// DER reader accepts an INTEGER that lost its leading zero (a negative number), which a strict
/// verifier must reject.
/// </summary>
internal static class StrictEcdsaSignature
{
    public static byte[]? ToFixedField(ReadOnlySpan<byte> der, int fieldSize)
    {
        Asn1Sequence sequence;
        try
        {
            if (Asn1Object.FromByteArray(der.ToArray()) is not Asn1Sequence parsed)
            {
                return null;
            }

            sequence = parsed;
        }
        catch (Exception exception) when (Asn1Failures.IsMalformedInput(exception))
        {
            return null;
        }

        if (sequence.Count != 2 || !der.SequenceEqual(sequence.GetEncoded(Asn1Encodable.Der))
            || sequence[0] is not DerInteger r || sequence[1] is not DerInteger s)
        {
            return null;
        }

        var output = new byte[2 * fieldSize];
        return TryWrite(r, output.AsSpan(0, fieldSize)) && TryWrite(s, output.AsSpan(fieldSize)) ? output : null;
    }

    private static bool TryWrite(DerInteger integer, Span<byte> destination)
    {
        if (integer.Value.SignValue <= 0)
        {
            return false;
        }

        var bytes = integer.Value.ToByteArrayUnsigned();
        if (bytes.Length > destination.Length)
        {
            return false;
        }

        bytes.CopyTo(destination[(destination.Length - bytes.Length)..]);
        return true;
    }
}
