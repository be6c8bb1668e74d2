using PdfSharp.Drawing;

namespace Idocs.PrintForms.Layout;

/// <summary>Breaks text into lines that fit a width: at spaces first, inside a word only when the word alone is too wide.</summary>
internal static class TextWrapper
{
    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(graphics, paragraph, font, width, lines);
        }

        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            lines[^1] = Shorten(graphics, lines[^1], font, width);
        }

        return lines;
    }

    private static void WrapParagraph(XGraphics graphics, string paragraph, XFont font, double width, List<string> lines)
    {
        var current = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Fits(graphics, candidate, font, width))
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = BreakLongWord(graphics, word, font, width, lines);
        }

        lines.Add(current);
    }

    // Hashes, serial numbers and links have no spaces; they are cut at the last character that fits.
    private static string BreakLongWord(XGraphics graphics, string word, XFont font, double width, List<string> lines)
    {
        var rest = word;
        while (!Fits(graphics, rest, font, width))
        {
            var take = LongestFittingPrefix(graphics, rest, font, width);
            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }

    // Binary search, because measuring every prefix of a 100-character link dominated the render time.
    private static int LongestFittingPrefix(XGraphics graphics, string text, XFont font, double width)
    {
        var low = 1;
        var high = text.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Fits(graphics, text[..middle], font, width))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static string Shorten(XGraphics graphics, string line, XFont font, double width)
    {
        var shortened = line;
        while (shortened.Length > 0 && !Fits(graphics, shortened + "…", font, width))
        {
            shortened = shortened[..^1];
        }

        return shortened + "…";
    }

    private static bool Fits(XGraphics graphics, string text, XFont font, double width) =>
        graphics.MeasureString(text, font).Width <= width;
}
