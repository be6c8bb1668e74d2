namespace Idocs.Signatures.Algorithms;

/// <summary>The primitive a signature algorithm uses.</summary>
public enum SignatureFamily
{
    RsaPkcs1,
    RsaPss,
    Ecdsa,

    /// <summary>GOST elliptic-curve signature (34.310-2004, 34.10-2015, R 34.10-2001/2012).</summary>
    Gost,
}
