using System.Globalization;
using System.Text.RegularExpressions;

namespace Idocs.PrintForms.Tests.Support;

/// <summary>One row of the summary table in TestData/Documents/MANIFEST.md.</summary>
public sealed partial record ManifestEntry(string FileName, string ExpectedOutcome)
{
    public bool IsAcceptedPdf =>
        FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
        && ExpectedOutcome.StartsWith("accept", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page count the expected outcome states ("accept, 13 pages, ..."), or null.</summary>
    public int? ExpectedPageCount
    {
        get
        {
            var match = PageCountPattern().Match(ExpectedOutcome);
            return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
    }

    public static IReadOnlyList<ManifestEntry> ReadAll()
    {
        var lines = File.ReadAllLines(Path.Combine(TestFiles.DocumentsFolder, "MANIFEST.md"));
        return lines
            .Select(line => RowPattern().Match(line))
            .Where(match => match.Success)
            .Select(match => new ManifestEntry(match.Groups[1].Value, match.Groups[2].Value.Trim()))
            .ToList();
    }

    // | 1 | `file.pdf` | bytes | source | licence | expected outcome |
    [GeneratedRegex(@"^\|\s*\d+\s*\|\s*`([^`]+)`\s*\|[^|]*\|[^|]*\|[^|]*\|([^|]*)\|")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"(\d+) (?:[\w-]+ )?pages?\b")]
    private static partial Regex PageCountPattern();
}
