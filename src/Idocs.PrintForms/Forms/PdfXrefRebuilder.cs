using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Idocs.PrintForms.Forms;

/// <summary>
/// Rebuilds the cross-reference table of a PDF whose table is broken, as tolerant readers such as
/// poppler do: it finds every <c>N G obj</c> header by scanning the file, and appends a new table and
/// trailer after the original bytes. The result is used only to copy pages into the print form;
/// the stored original, which signatures cover, is never changed.
/// </summary>
internal static partial class PdfXrefRebuilder
{
    // Object headers at a line start; a later header of the same number wins, as with incremental updates.
    [GeneratedRegex(@"(?<=^|[\r\n])(\d{1,10})\s+(\d{1,5})\s+obj\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Root\s+(\d{1,10})\s+(\d{1,5})\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex RootReference();

    [GeneratedRegex(@"/Info\s+(\d{1,10})\s+(\d{1,5})\s+R", RegexOptions.CultureInvariant)]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Type\s*/Catalog\b", RegexOptions.CultureInvariant)]
    private static partial Regex CatalogType();

    private const int MaxObjects = 1_000_000;

    /// <summary>Returns the original followed by a rebuilt table, or null when no catalog is found or the file is encrypted.</summary>
    public static byte[]? TryRebuild(ReadOnlySpan<byte> original)
    {
        // Latin-1 maps every byte to one char, so string offsets are byte offsets.
        var text = Encoding.Latin1.GetString(original);
        if (text.Contains("/Encrypt", StringComparison.Ordinal))
        {
            return null;
        }

        var offsets = new SortedDictionary<int, (int Generation, int Offset)>();
        foreach (Match header in ObjectHeader().Matches(text))
        {
            if (!int.TryParse(header.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || !int.TryParse(header.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var generation)
                || number is <= 0 or > MaxObjects)
            {
                continue;
            }

            offsets[number] = (generation, header.Index);
        }

        var root = FindRoot(text, offsets);
        if (root is null)
        {
            return null;
        }

        var info = InfoReference().Matches(text).LastOrDefault();
        var size = offsets.Keys.Max() + 1;
        var table = new StringBuilder();
        table.Append("\nxref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        table.Append("0000000000 65535 f\r\n");
        for (var number = 1; number < size; number++)
        {
            table.Append(offsets.TryGetValue(number, out var entry)
                ? string.Create(CultureInfo.InvariantCulture, $"{entry.Offset:D10} {entry.Generation:D5} n\r\n")
                : "0000000000 00000 f\r\n");
        }

        var xrefOffset = original.Length + 1;
        table.Append("trailer\n<< /Size ").Append(size.ToString(CultureInfo.InvariantCulture)).Append(" /Root ").Append(root);
        if (info is not null)
        {
            table.Append(" /Info ").Append(info.Groups[1].Value).Append(' ').Append(info.Groups[2].Value).Append(" R");
        }

        table.Append(" >>\nstartxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        var appended = Encoding.Latin1.GetBytes(table.ToString());
        var rebuilt = new byte[original.Length + appended.Length];
        original.CopyTo(rebuilt);
        appended.CopyTo(rebuilt.AsSpan(original.Length));
        return rebuilt;
    }

    private static string? FindRoot(string text, SortedDictionary<int, (int Generation, int Offset)> offsets)
    {
        var declared = RootReference().Matches(text).LastOrDefault();
        if (declared is not null && int.TryParse(declared.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var rootNumber) && offsets.ContainsKey(rootNumber))
        {
            return $"{declared.Groups[1].Value} {declared.Groups[2].Value} R";
        }

        foreach (var (number, entry) in offsets)
        {
            var end = text.IndexOf("endobj", entry.Offset, StringComparison.Ordinal);
            var body = end < 0 ? text[entry.Offset..] : text[entry.Offset..end];
            if (CatalogType().IsMatch(body))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{number} {entry.Generation} R");
            }
        }

        return null;
    }
}
