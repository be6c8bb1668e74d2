namespace Idocs.Storage.Workflows;

/// <summary>One stored definition version; <see cref="Json"/> is the whole definition as JSON.</summary>
internal sealed class WorkflowDefinitionRow
{
    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public required string State { get; set; }

    public required string Source { get; set; }

    public bool ReadOnly { get; set; }

    public required string Json { get; set; }
}
