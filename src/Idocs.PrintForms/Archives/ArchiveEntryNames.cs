using System.Text;

namespace Idocs.PrintForms.Archives;

/// <summary>
/// Builds entry names from user-supplied file names and titles. Only letters, digits, '.', '-'
/// and '_' survive, so a name cannot climb out of the extraction folder ("../") or carry
/// separators or control characters.
/// </summary>
public static class ArchiveEntryNames
{
    private const int MaxNameLength = 80;

    public static string Safe(string? name, string fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);

        var builder = new StringBuilder(Math.Min(name?.Length ?? 0, MaxNameLength));
        foreach (var character in name ?? string.Empty)
        {
            if (builder.Length == MaxNameLength)
            {
                break;
            }

            builder.Append(char.IsLetterOrDigit(character) || character is '-' or '_' or '.' ? character : '_');
        }

        var safe = builder.ToString().Trim('.', '_');
        return safe.Length == 0 ? fallback : safe;
    }
}
