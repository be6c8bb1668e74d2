namespace Idocs.Storage.Designer;

/// <summary>One designer draft; <see cref="Json"/> is the drawn definition in the <c>workflows/</c> JSON form.</summary>
internal sealed class DesignerDraftRow
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public required string DefinitionId { get; set; }

    public int? BasedOnVersion { get; set; }

    /// <summary>Concurrency token: a save names the revision it read and fails when another save came first.</summary>
    public long Revision { get; set; }

    public bool Archived { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public required string Json { get; set; }
}
