using Idocs.Common.Results;

namespace Idocs.Documents.Templates;

/// <summary>Writes field texts into a template's layout; the print forms module implements it for DOCX.</summary>
public interface ITemplateRenderer
{
    Result<RenderedTemplate> Render(DocumentTemplate template, IReadOnlyDictionary<string, string> texts);
}
