namespace Idocs.Signatures.Signing;

/// <summary>Error codes of signing with a key file and a remote timestamp authority.</summary>
public static class SigningErrorCodes
{
    /// <summary>The TSA could not be reached, timed out, answered a non-success HTTP status or an oversized body.</summary>
    public const string TsaUnavailable = "signatures.signing.tsa_unavailable";
}
