namespace Idocs.Storage.Designer;

/// <summary>The company that owns a definition id published from the designer.</summary>
internal sealed class DesignedDefinitionRow
{
    public required string DefinitionId { get; set; }

    public Guid CompanyId { get; set; }

    public bool Archived { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ArchivedAt { get; set; }
}
