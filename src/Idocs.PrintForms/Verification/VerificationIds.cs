using System.Buffers.Text;

namespace Idocs.PrintForms.Verification;

/// <summary>
/// The id in a public verification link: the document's id as 22 characters of unpadded
/// base64url, shorter than the 36-character GUID text so that QR codes stay small. Document ids
/// are version 7 GUIDs with 74 random bits, so an id cannot be guessed from another one.
/// </summary>
public static class VerificationIds
{
    public const int Length = 22;

    public static string FromDocumentId(Guid documentId)
    {
        Span<byte> bytes = stackalloc byte[16];
        documentId.TryWriteBytes(bytes, bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryParse(string? verificationId, out Guid documentId)
    {
        documentId = Guid.Empty;
        if (verificationId is null || verificationId.Length != Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!Base64Url.TryDecodeFromChars(verificationId, bytes, out var written) || written != 16)
        {
            return false;
        }

        documentId = new Guid(bytes, bigEndian: true);

        // Base64url has spare bits in the last character; only the canonical spelling is accepted.
        return FromDocumentId(documentId) == verificationId;
    }
}
