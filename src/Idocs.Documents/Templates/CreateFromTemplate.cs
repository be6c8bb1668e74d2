using Idocs.Common.Results;

namespace Idocs.Documents.Templates;

/// <summary>
/// "Create from template": checks the entered values and produces the document's file. The caller
/// stores the file as a new document and starts the template's route on it.
/// </summary>
public sealed class CreateFromTemplate(ITemplateRenderer renderer)
{
    public Result<RenderedTemplate> Run(DocumentTemplate template, IReadOnlyDictionary<string, string?> values)
    {
        var texts = TemplateValues.Format(template, values);
        return texts.IsSuccess ? renderer.Render(template, texts.Value) : Result<RenderedTemplate>.Failure(texts.Error);
    }
}
