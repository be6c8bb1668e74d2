namespace Idocs.PrintForms.Verification;

/// <summary>Error codes of the public verification page and API.</summary>
public static class VerificationErrorCodes
{
    /// <summary>The upload is empty or larger than the configured limit; the message gives the limit.</summary>
    public const string InvalidUpload = "verification.invalid_upload";
}
