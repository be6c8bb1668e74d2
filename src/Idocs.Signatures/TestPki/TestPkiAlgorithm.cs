namespace Idocs.Signatures.TestPki;

/// <summary>Key families the test PKI issues, one CA hierarchy each.</summary>
public enum TestPkiAlgorithm
{
    /// <summary>RSA with SHA-256 (sha256WithRSAEncryption); 4096-bit CAs, 2048-bit end entities, as the NCA test CAs.</summary>
    Rsa,

    /// <summary>GOST R 34.10-2015 512-bit on TC26-512-paramSetA with Streebog-512, under the Kazakh OIDs.</summary>
    Gost2015,
}
