namespace Idocs.Web.Api.Templates;

/// <summary>
/// A template to create or replace. Layout is docx (send the .docx with {{field}} placeholders in
/// <paramref name="LayoutFile"/> as base64) or generatedPdf (no file).
/// </summary>
public sealed record TemplateBody(string? Name, string? Layout, IReadOnlyList<TemplateFieldBody>? Fields, string? LayoutFile, string? DefinitionId);
