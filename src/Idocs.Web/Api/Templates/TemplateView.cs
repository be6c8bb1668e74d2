using Idocs.Documents.Templates;

namespace Idocs.Web.Api.Templates;

/// <summary>A template as the API returns it, with whether it has a layout file but not the file itself.</summary>
public sealed record TemplateView(Guid Id, string Name, string Layout, IReadOnlyList<TemplateFieldBody> Fields, bool HasLayoutFile, string? DefinitionId)
{
    public static TemplateView From(DocumentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new TemplateView(
            template.Id,
            template.Name,
            TemplateBodyReader.LayoutName(template.Layout),
            template.Fields.Select(field => new TemplateFieldBody(field.Name, field.Label, TemplateBodyReader.KindName(field.Kind), field.Required, field.Options)).ToList(),
            !template.LayoutFile.IsEmpty,
            template.DefinitionId);
    }
}
