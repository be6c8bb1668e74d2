using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Idocs.Documents.Uploads;

/// <summary>
/// Checks that a PDF has a header and an end-of-file marker, and that an encrypted PDF opens with
/// the empty user password. Owner-password-only files are accepted, and files that need a user
/// password are rejected. The page tree is not parsed, because rendering belongs to the print form.
/// </summary>
internal static partial class PdfInspector
{
    private const int HeaderSearchBytes = 1024;
    private const int TrailerSearchBytes = 2048;

    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, HeaderSearchBytes)].IndexOf("%PDF-"u8) >= 0;

    public static UploadVerdict Inspect(string subject, ReadOnlySpan<byte> bytes)
    {
        if (bytes[Math.Max(0, bytes.Length - TrailerSearchBytes)..].IndexOf("%%EOF"u8) < 0)
        {
            return UploadVerdict.Reject(UploadErrorCodes.Damaged, subject, "the PDF has no %%EOF marker at its end, so it is cut off");
        }

        var encryptAt = bytes.LastIndexOf("/Encrypt"u8);
        if (encryptAt < 0)
        {
            return UploadVerdict.Accept(DetectedContentType.Pdf);
        }

        var dictionary = FindEncryptionDictionary(bytes, encryptAt);
        if (dictionary is null)
        {
            return UploadVerdict.Reject(UploadErrorCodes.PdfEncryptionUnsupported, subject, "?");
        }

        var parameters = PdfEncryptionParameters.Parse(dictionary, FindFirstDocumentId(bytes));
        if (parameters is null)
        {
            return UploadVerdict.Reject(UploadErrorCodes.PdfEncryptionUnsupported, subject, "?");
        }

        return PdfEmptyPasswordCheck.OpensWithoutPassword(parameters) switch
        {
            true => UploadVerdict.Accept(DetectedContentType.Pdf),
            false => UploadVerdict.Reject(UploadErrorCodes.PasswordProtected, subject),
            null => UploadVerdict.Reject(
                UploadErrorCodes.PdfEncryptionUnsupported, subject, parameters.Revision.ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>Returns the text of the encryption dictionary, inline or behind an indirect reference.</summary>
    private static string? FindEncryptionDictionary(ReadOnlySpan<byte> bytes, int encryptAt)
    {
        var after = Latin1(bytes.Slice(encryptAt + "/Encrypt".Length, Math.Min(64, bytes.Length - encryptAt - "/Encrypt".Length)));
        var trimmed = after.TrimStart();
        if (trimmed.StartsWith("<<", StringComparison.Ordinal))
        {
            return ExtractDictionary(Latin1(bytes.Slice(encryptAt, Math.Min(4096, bytes.Length - encryptAt))));
        }

        var reference = IndirectReference().Match(trimmed);
        if (!reference.Success)
        {
            return null;
        }

        var header = Encoding.ASCII.GetBytes($"{reference.Groups[1].Value} {reference.Groups[2].Value} obj");
        var objectAt = bytes.LastIndexOf(header);
        if (objectAt < 0)
        {
            return null;
        }

        return ExtractDictionary(Latin1(bytes.Slice(objectAt, Math.Min(4096, bytes.Length - objectAt))));
    }

    private static string? ExtractDictionary(string text)
    {
        var start = text.IndexOf("<<", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return text[start..(i + 1)];
                }
            }
        }

        return null;
    }

    /// <summary>Returns the first element of the last /ID array in the file, or an empty array.</summary>
    private static byte[] FindFirstDocumentId(ReadOnlySpan<byte> bytes)
    {
        var idAt = bytes.LastIndexOf("/ID"u8);
        if (idAt < 0)
        {
            return [];
        }

        var text = Latin1(bytes.Slice(idAt + 3, Math.Min(512, bytes.Length - idAt - 3))).TrimStart();
        if (!text.StartsWith('['))
        {
            return [];
        }

        return PdfStrings.ReadString(text.AsSpan(1).TrimStart().ToString()) ?? [];
    }

    private static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    [GeneratedRegex(@"^(\d+)\s+(\d+)\s+R")]
    private static partial Regex IndirectReference();
}
