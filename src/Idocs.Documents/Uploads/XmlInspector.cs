using System.Text;
using System.Xml;

namespace Idocs.Documents.Uploads;

/// <summary>
/// Checks XML with DTD processing prohibited and no resolver, so no entity is expanded and no
/// external resource is fetched. HTML is recognised and rejected separately.
/// </summary>
internal static class XmlInspector
{
    private const int PrefixBytes = 4096;

    public static XmlReaderSettings SecureSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>True when the text starts, after a byte order mark and white space, with '&lt;'.</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> bytes)
    {
        var prefix = DecodePrefix(bytes).TrimStart();
        return prefix.StartsWith('<');
    }

    public static UploadVerdict Inspect(string subject, ReadOnlySpan<byte> bytes, long maxCharacters)
    {
        var prefix = DecodePrefix(bytes).TrimStart();
        if (prefix.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || prefix.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return UploadVerdict.Reject(UploadErrorCodes.HtmlNotAllowed, subject);
        }

        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, SecureSettings(maxCharacters));
            var rootSeen = false;
            while (reader.Read())
            {
                if (!rootSeen && reader.NodeType == XmlNodeType.Element)
                {
                    rootSeen = true;
                    if (reader.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase))
                    {
                        return UploadVerdict.Reject(UploadErrorCodes.HtmlNotAllowed, subject);
                    }
                }
            }

            return rootSeen
                ? UploadVerdict.Accept(DetectedContentType.Xml)
                : UploadVerdict.Reject(UploadErrorCodes.XmlMalformed, subject, 1, 1);
        }
        catch (XmlException exception)
        {
            if (DeclaresDoctype(bytes))
            {
                return UploadVerdict.Reject(UploadErrorCodes.XmlDtdNotAllowed, subject);
            }

            return UploadVerdict.Reject(UploadErrorCodes.XmlMalformed, subject, exception.LineNumber, exception.LinePosition);
        }
    }

    private static bool DeclaresDoctype(ReadOnlySpan<byte> bytes)
    {
        var prefix = DecodePrefix(bytes);
        var rootStart = FirstElementStart(prefix);
        var doctype = prefix.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        return doctype >= 0 && (rootStart < 0 || doctype < rootStart);
    }

    private static int FirstElementStart(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && (char.IsLetter(text[i + 1]) || text[i + 1] == '_'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Decodes the first bytes, honouring a UTF-8 or UTF-16 byte order mark.</summary>
    private static string DecodePrefix(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrefixBytes)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || (head.Length > 1 && head[0] == '<' && head[1] == 0))
        {
            return Encoding.Unicode.GetString(head).TrimStart('\uFEFF');
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (head.Length > 1 && head[0] == 0 && head[1] == '<'))
        {
            return Encoding.BigEndianUnicode.GetString(head).TrimStart('\uFEFF');
        }

        return Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
    }
}
