using System.Globalization;
using System.Text.RegularExpressions;

namespace Idocs.Documents.Uploads;

/// <summary>The values of a standard security handler's encryption dictionary that the password check needs.</summary>
internal sealed partial record PdfEncryptionParameters(
    int Revision,
    int KeyLengthBits,
    byte[] OwnerKey,
    byte[] UserKey,
    int Permissions,
    bool EncryptMetadata,
    byte[] DocumentId)
{
    /// <summary>Parses the dictionary text; null when the handler is not /Standard or a value is missing.</summary>
    public static PdfEncryptionParameters? Parse(string dictionary, byte[] documentId)
    {
        if (!dictionary.Contains("/Standard", StringComparison.Ordinal))
        {
            return null;
        }

        var revision = ReadInteger(dictionary, "R");
        var permissions = ReadInteger(dictionary, "P");
        var owner = ReadStringValue(dictionary, "O");
        var user = ReadStringValue(dictionary, "U");
        if (revision is null || permissions is null || owner is null || user is null)
        {
            return null;
        }

        var length = ReadInteger(dictionary, "Length") ?? 40;
        var encryptMetadata = !Regex.IsMatch(dictionary, @"/EncryptMetadata\s+false");
        return new PdfEncryptionParameters(revision.Value, length, owner, user, permissions.Value, encryptMetadata, documentId);
    }

    private static int? ReadInteger(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s+(-?\d+)(?![\d.])");
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static byte[]? ReadStringValue(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s*(?=[<(])");
        return match.Success ? PdfStrings.ReadString(dictionary[(match.Index + match.Length)..]) : null;
    }
}
