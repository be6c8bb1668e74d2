namespace Idocs.Signatures.Keys;

/// <summary>Error codes of reading key files.</summary>
public static class KeyErrorCodes
{
    /// <summary>The PKCS#12 integrity check (MAC) fails: the password is wrong or the file was altered.</summary>
    public const string WrongPassword = "signatures.keys.wrong_password";

    /// <summary>The PKCS#12 file contains no private key, or no certificate matching it.</summary>
    public const string KeyNotFound = "signatures.keys.key_not_found";

    /// <summary>The private key's algorithm is not one Idocs signs with (RSA or NCA GOST).</summary>
    public const string UnsupportedKey = "signatures.keys.unsupported_key";
}
