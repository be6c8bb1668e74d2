using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Idocs.Common.Results;
using Idocs.Documents.Templates;

namespace Idocs.PrintForms.Templates;

/// <summary>
/// Fills a DOCX layout: every <c>{{field}}</c> in the body, headers and footers becomes the field's
/// text. Word often splits a typed placeholder over several runs, so each paragraph is matched as
/// a whole and the replacement goes into the run where the placeholder starts, keeping its format.
/// </summary>
public sealed partial class DocxTemplateRenderer : ITemplateRenderer
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public Result<RenderedTemplate> Render(DocumentTemplate template, IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(texts);
        if (template.Layout != TemplateLayoutKind.Docx || template.LayoutFile.IsEmpty)
        {
            return Result<RenderedTemplate>.Failure(TemplateErrorCodes.InvalidLayout, $"Template '{template.Name}' has no DOCX layout to fill.");
        }

        using var stream = new MemoryStream();
        stream.Write(template.LayoutFile.Span);
        try
        {
            using (var document = WordprocessingDocument.Open(stream, isEditable: true))
            {
                var main = document.MainDocumentPart
                    ?? throw new OpenXmlPackageException("The package has no main document part.");
                var roots = new List<OpenXmlPartRootElement?> { main.Document };
                roots.AddRange(main.HeaderParts.Select(part => (OpenXmlPartRootElement?)part.Header));
                roots.AddRange(main.FooterParts.Select(part => (OpenXmlPartRootElement?)part.Footer));
                foreach (var paragraph in roots.OfType<OpenXmlPartRootElement>().SelectMany(root => root.Descendants<Paragraph>()).ToList())
                {
                    var unknown = FillParagraph(paragraph, texts);
                    if (unknown is not null)
                    {
                        return Result<RenderedTemplate>.Failure(
                            TemplateErrorCodes.UnknownPlaceholder, $"The layout of '{template.Name}' has placeholder {{{{{unknown}}}}}, which is not a field of the template.");
                    }
                }
            }
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            return Result<RenderedTemplate>.Failure(TemplateErrorCodes.InvalidLayout, $"The layout of '{template.Name}' is not a readable DOCX file: {exception.Message}");
        }

        return new RenderedTemplate(TemplateFileNames.For(template.Name, ".docx"), ContentType, stream.ToArray());
    }

    /// <summary>Replaces the placeholders of one paragraph; returns the first unknown placeholder name, or null.</summary>
    private static string? FillParagraph(Paragraph paragraph, IReadOnlyDictionary<string, string> texts)
    {
        var pieces = paragraph.Descendants<Text>().ToList();
        var joined = string.Concat(pieces.Select(piece => piece.Text));
        if (!joined.Contains("{{", StringComparison.Ordinal))
        {
            return null;
        }

        var starts = new int[pieces.Count];
        for (int index = 0, offset = 0; index < pieces.Count; offset += pieces[index].Text.Length, index++)
        {
            starts[index] = offset;
        }

        var matches = Placeholder().Matches(joined);
        foreach (var match in matches.Reverse())
        {
            var name = match.Groups["name"].Value;
            if (!texts.TryGetValue(name, out var value))
            {
                return name;
            }

            Replace(pieces, starts, match.Index, match.Index + match.Length, value);
        }

        return null;
    }

    /// <summary>Puts <paramref name="value"/> where the range [start, end) of the joined text begins and removes the rest of the range.</summary>
    private static void Replace(List<Text> pieces, int[] starts, int start, int end, string value)
    {
        var first = PieceAt(starts, pieces, start);
        var last = PieceAt(starts, pieces, end - 1);
        for (var index = first; index <= last; index++)
        {
            var text = pieces[index].Text;
            var from = Math.Max(start - starts[index], 0);
            var to = Math.Min(end - starts[index], text.Length);
            var replacement = index == first ? value : string.Empty;
            pieces[index].Text = string.Concat(text.AsSpan(0, from), replacement, text.AsSpan(to));
            pieces[index].Space = SpaceProcessingModeValues.Preserve;
        }
    }

    private static int PieceAt(int[] starts, List<Text> pieces, int position)
    {
        for (var index = pieces.Count - 1; index >= 0; index--)
        {
            if (starts[index] <= position && pieces[index].Text.Length > 0)
            {
                return index;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z0-9_.-]+)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
