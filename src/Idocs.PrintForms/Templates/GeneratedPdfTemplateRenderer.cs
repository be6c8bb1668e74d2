using Idocs.Common.Results;
using Idocs.Documents.Templates;
using Idocs.PrintForms.Fonts;
using Idocs.PrintForms.Layout;
using PdfSharp.Pdf;

namespace Idocs.PrintForms.Templates;

/// <summary>
/// Produces the file of a template without a layout of its own: an A4 PDF with the template's name
/// as the title and one label and value line per field, in the order the template lists them.
/// </summary>
public sealed class GeneratedPdfTemplateRenderer : ITemplateRenderer
{
    public const string ContentType = "application/pdf";

    public Result<RenderedTemplate> Render(DocumentTemplate template, IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(texts);
        if (template.Layout != TemplateLayoutKind.GeneratedPdf)
        {
            return Result<RenderedTemplate>.Failure(TemplateErrorCodes.InvalidLayout, $"Template '{template.Name}' has a DOCX layout, not a generated PDF.");
        }

        PrintFonts.EnsureRegistered();
        using var output = new PdfDocument();
        output.Info.Title = template.Name;
        output.Info.Creator = "Idocs";
        using (var writer = new SheetWriter(output))
        {
            writer.StartPage();
            writer.Title(template.Name);
            writer.Fields(template.Fields.Select(field => new FieldRow(field.Label, texts.GetValueOrDefault(field.Name, string.Empty))));
            writer.DrawFooters(page => $"{template.Name} · {page}/{output.PageCount}");
        }

        using var stream = new MemoryStream();
        output.Save(stream, closeStream: false);
        return new RenderedTemplate(TemplateFileNames.For(template.Name, ".pdf"), ContentType, stream.ToArray());
    }
}
