using System.Globalization;

namespace Idocs.Documents.Uploads;

/// <summary>Reads PDF string objects: hexadecimal &lt;...&gt; and literal (...) with escapes.</summary>
internal static class PdfStrings
{
    /// <summary>Reads the string that starts <paramref name="text"/>; null when none starts there.</summary>
    public static byte[]? ReadString(string text)
    {
        if (text.StartsWith('<') && !text.StartsWith("<<", StringComparison.Ordinal))
        {
            var end = text.IndexOf('>', StringComparison.Ordinal);
            return end < 0 ? null : ReadHex(text[1..end]);
        }

        return text.StartsWith('(') ? ReadLiteral(text) : null;
    }

    private static byte[]? ReadHex(string hex)
    {
        var digits = new string(hex.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length % 2 == 1)
        {
            digits += "0";
        }

        var result = new byte[digits.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            if (!byte.TryParse(digits.AsSpan(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out result[i]))
            {
                return null;
            }
        }

        return result;
    }

    private static byte[]? ReadLiteral(string text)
    {
        var result = new List<byte>();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                i++;
                var escaped = text[i];
                if (escaped is >= '0' and <= '7')
                {
                    var octalEnd = i;
                    while (octalEnd < text.Length && octalEnd < i + 3 && text[octalEnd] is >= '0' and <= '7')
                    {
                        octalEnd++;
                    }

                    result.Add((byte)Convert.ToInt32(text[i..octalEnd], 8));
                    i = octalEnd - 1;
                    continue;
                }

                switch (escaped)
                {
                    case 'n': result.Add((byte)'\n'); break;
                    case 'r': result.Add((byte)'\r'); break;
                    case 't': result.Add((byte)'\t'); break;
                    case 'b': result.Add((byte)'\b'); break;
                    case 'f': result.Add((byte)'\f'); break;
                    case '\r':
                        if (i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                        }

                        break;
                    case '\n': break;
                    default: result.Add((byte)escaped); break;
                }

                continue;
            }

            if (c == '(')
            {
                depth++;
                if (depth == 1)
                {
                    continue;
                }
            }
            else if (c == ')')
            {
                depth--;
                if (depth == 0)
                {
                    return [.. result];
                }
            }

            result.Add((byte)c);
        }

        return null;
    }
}
