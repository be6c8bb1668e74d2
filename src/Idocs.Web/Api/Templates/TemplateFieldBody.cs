namespace Idocs.Web.Api.Templates;

/// <summary>One field: <paramref name="Name"/> is the placeholder key, and kind is text, number, amount, date, counterparty or list.</summary>
public sealed record TemplateFieldBody(string? Name, string? Label, string? Kind, bool? Required, IReadOnlyList<string>? Options);
