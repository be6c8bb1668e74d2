namespace Idocs.Signatures.Algorithms;

/// <summary>How a GOST signature value lays out r and s.</summary>
public enum GostSignatureLayout
{
    /// <summary>
    /// r little-endian followed by s little-endian, as NCA RK and Kalkan write every GOST signature;
    /// it is the whole-buffer reversal of the RFC 4491 layout.
    /// </summary>
    NcaReversed,

    /// <summary>s big-endian followed by r big-endian (RFC 4491, RFC 9215, OpenSSL's gost engine).</summary>
    Rfc4491,
}
