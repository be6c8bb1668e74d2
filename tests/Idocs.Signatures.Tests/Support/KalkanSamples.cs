namespace Idocs.Signatures.Tests.Support;

/// <summary>The Kalkan-made CAdES-T samples: a legal-entity GOST 2015-512 signer, attached and detached.</summary>
internal static class KalkanSamples
{
    public const string Attached = "kz-pki/skarm-kalkan/cms/legal_entity_attached.der";
    public const string Detached = "kz-pki/skarm-kalkan/cms/legal_entity_detached.der";
    public const string Document = "kz-pki/skarm-kalkan/cms/legal_entity_document.txt";

    /// <summary>genTime of the timestamp in both samples.</summary>
    public static readonly DateTimeOffset TimestampTime = new(2026, 7, 20, 9, 10, 9, TimeSpan.Zero);

    /// <summary>Finds where a byte sequence starts inside another; fails the test when absent.</summary>
    public static int IndexOf(byte[] haystack, byte[] needle)
    {
        var index = haystack.AsSpan().IndexOf(needle);
        return index >= 0 ? index : throw new InvalidOperationException("The sequence is not in the sample.");
    }
}
