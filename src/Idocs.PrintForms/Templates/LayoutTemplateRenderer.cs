using Idocs.Common.Results;
using Idocs.Documents.Templates;

namespace Idocs.PrintForms.Templates;

/// <summary>Renders a template with the renderer of its layout: the DOCX filler or the generated PDF.</summary>
public sealed class LayoutTemplateRenderer(DocxTemplateRenderer docx, GeneratedPdfTemplateRenderer pdf) : ITemplateRenderer
{
    public Result<RenderedTemplate> Render(DocumentTemplate template, IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Layout == TemplateLayoutKind.GeneratedPdf ? pdf.Render(template, texts) : docx.Render(template, texts);
    }
}
