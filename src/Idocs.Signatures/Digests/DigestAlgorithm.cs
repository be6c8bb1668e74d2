namespace Idocs.Signatures.Digests;

/// <summary>A digest algorithm that a signature accepted by Idocs may use.</summary>
public enum DigestAlgorithm
{
    Sha1,
    Sha256,
    Sha384,
    Sha512,

    /// <summary>GOST 34.311-95 (GOST R 34.11-94 with the test S-box, as the NCA uses it).</summary>
    Gost34311,

    /// <summary>GOST 34.11-2015 with a 256-bit output (Streebog-256, GOST R 34.11-2012).</summary>
    Streebog256,

    /// <summary>GOST 34.11-2015 with a 512-bit output (Streebog-512, GOST R 34.11-2012).</summary>
    Streebog512,
}
