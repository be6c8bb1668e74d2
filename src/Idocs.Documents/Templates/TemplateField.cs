namespace Idocs.Documents.Templates;

/// <summary>One field of a document template; <see cref="Name"/> is the placeholder key, as in <c>{{amount}}</c>.</summary>
public sealed record TemplateField(string Name, string Label, TemplateFieldKind Kind, bool Required = true)
{
    /// <summary>The allowed values of a <see cref="TemplateFieldKind.List"/> field.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
