namespace Idocs.Workflows.Designer;

/// <summary>
/// Which company owns a definition id published from the designer. Definition ids are global in
/// the engine; this record keeps one company from publishing over another company's route.
/// </summary>
public sealed record DesignedDefinition
{
    public required string DefinitionId { get; init; }

    public Guid CompanyId { get; init; }

    /// <summary>True once archived: hidden from the catalog, no new version, no new instance.</summary>
    public bool Archived { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }
}
