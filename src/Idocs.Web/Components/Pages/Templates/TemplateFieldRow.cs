using Idocs.Documents.Templates;

namespace Idocs.Web.Components.Pages.Templates;

/// <summary>One field as the templates page edits it, with the list options typed comma separated.</summary>
public sealed class TemplateFieldRow
{
    public string Name { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public TemplateFieldKind Kind { get; set; } = TemplateFieldKind.Text;

    public bool Required { get; set; } = true;

    public string Options { get; set; } = string.Empty;

    public static TemplateFieldRow From(TemplateField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new TemplateFieldRow { Name = field.Name, Label = field.Label, Kind = field.Kind, Required = field.Required, Options = string.Join(", ", field.Options) };
    }

    public TemplateField ToField() => new(Name.Trim(), Label.Trim(), Kind, Required)
    {
        Options = Kind == TemplateFieldKind.List
            ? Options.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [],
    };
}
