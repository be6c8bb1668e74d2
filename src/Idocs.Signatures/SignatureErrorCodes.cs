namespace Idocs.Signatures;

/// <summary>Error codes of the signature library.</summary>
public static class SignatureErrorCodes
{
    /// <summary>The algorithm OID is not one the library verifies; the signature is rejected.</summary>
    public const string UnsupportedAlgorithm = "signatures.unsupported_algorithm";

    /// <summary>The signature value does not verify with the given key.</summary>
    public const string SignatureInvalid = "signatures.signature_invalid";

    /// <summary>The input (certificate, CMS, XML, key file) cannot be parsed.</summary>
    public const string MalformedInput = "signatures.malformed_input";

    /// <summary>
    /// The public key's algorithm cannot produce the signature algorithm named (for example an RSA
    /// key with a GOST signature OID, or a 256-bit GOST key with a 512-bit GOST signature).
    /// </summary>
    public const string KeyAlgorithmMismatch = "signatures.key_algorithm_mismatch";
}
