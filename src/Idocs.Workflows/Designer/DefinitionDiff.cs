namespace Idocs.Workflows.Designer;

/// <summary>The structural difference between two definition versions, in the order of the newer one.</summary>
public sealed record DefinitionDiff
{
    public required string DefinitionId { get; init; }

    public int FromVersion { get; init; }

    public int ToVersion { get; init; }

    /// <summary>Header properties that changed: <c>name</c>, <c>kind</c>, <c>description</c>.</summary>
    public IReadOnlyList<string> HeaderChanges { get; init; } = [];

    public IReadOnlyList<ActivityChange> Activities { get; init; } = [];

    public IReadOnlyList<ConnectionChange> Connections { get; init; } = [];

    public bool IsEmpty => HeaderChanges.Count == 0 && Activities.Count == 0 && Connections.Count == 0;
}
