namespace Idocs.Storage.Templates;

/// <summary>One document template; <see cref="FieldsJson"/> contains the fields as a JSON array.</summary>
internal sealed class DocumentTemplateRow
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public required string Name { get; set; }

    public required string FieldsJson { get; set; }

    public required string Layout { get; set; }

    /// <summary>The DOCX layout; null for a generated PDF.</summary>
    public byte[]? LayoutFile { get; set; }

    public string? DefinitionId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
