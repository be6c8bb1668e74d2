namespace Idocs.Storage.Workflows;

/// <summary>
/// One workflow instance. <see cref="Json"/> is the whole instance (variables, executions,
/// bookmarks, incidents, closed scopes); the other columns exist for queries and for the
/// compare-and-swap on <see cref="InstanceVersion"/>.
/// </summary>
internal sealed class WorkflowInstanceRow
{
    public Guid Id { get; set; }

    public required string DefinitionId { get; set; }

    public int DefinitionVersion { get; set; }

    public required string Status { get; set; }

    public string? Result { get; set; }

    /// <summary>The engine's <c>WorkflowInstance.Version</c>, checked on every update.</summary>
    public long InstanceVersion { get; set; }

    public string? CorrelationId { get; set; }

    public Guid? ParentInstanceId { get; set; }

    public Guid? ParentBookmarkId { get; set; }

    public int Depth { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public required string Json { get; set; }
}
