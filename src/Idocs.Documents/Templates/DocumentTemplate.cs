namespace Idocs.Documents.Templates;

/// <summary>
/// A company's document template: the fields a user fills in, the file layout they are written
/// into, and optionally the route definition a document created from it starts on.
/// </summary>
public sealed record DocumentTemplate
{
    public Guid Id { get; init; }

    public Guid CompanyId { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<TemplateField> Fields { get; init; } = [];

    public TemplateLayoutKind Layout { get; init; } = TemplateLayoutKind.Docx;

    /// <summary>The DOCX layout with placeholders; empty for <see cref="TemplateLayoutKind.GeneratedPdf"/>.</summary>
    public ReadOnlyMemory<byte> LayoutFile { get; init; }

    /// <summary>The route or process definition id documents of this template start on, or null.</summary>
    public string? DefinitionId { get; init; }
}
