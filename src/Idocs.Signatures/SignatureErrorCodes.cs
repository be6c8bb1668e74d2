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
}
