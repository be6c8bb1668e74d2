namespace Idocs.Signatures.Revocation.Crl;

/// <summary>ReasonFlags bits (RFC 5280 4.2.1.13) as a mask, and CRLReason codes this library acts on.</summary>
internal static class CrlReasons
{
    /// <summary>Every reason bit from keyCompromise (bit 1) to aACompromise (bit 8).</summary>
    public const int AllReasons = 0x1FE;

    /// <summary>CRLReason removeFromCRL: a delta CRL entry that takes a certificate off hold.</summary>
    public const int RemoveFromCrl = 8;

    /// <summary>Converts a DER ReasonFlags bit string to the mask, where bit n of the string is (1 &lt;&lt; n).</summary>
    public static int ToMask(Org.BouncyCastle.Asn1.DerBitString flags)
    {
        var bytes = flags.GetBytes();
        var mask = 0;
        for (var bit = 0; bit < Math.Min(bytes.Length * 8, 16); bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                mask |= 1 << bit;
            }
        }

        return mask & AllReasons;
    }
}
