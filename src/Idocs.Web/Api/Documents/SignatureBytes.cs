using Idocs.Common.Results;

namespace Idocs.Web.Api.Documents;

/// <summary>Decodes a base64 CMS from a request body.</summary>
internal static class SignatureBytes
{
    /// <summary>A CMS with a certificate chain and timestamps stays far below this many bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    public static Result<byte[]> Decode(string? base64, Guid documentId)
    {
        if (string.IsNullOrWhiteSpace(base64) || base64.Length > MaxBytes * 4 / 3 + 4)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The signature for document {documentId} is missing or longer than {MaxBytes} bytes; send the base64 CMS that NCALayer returned.");
        }

        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The signature for document {documentId} is not valid base64; send the CMS exactly as NCALayer returned it.");
        }
    }
}
