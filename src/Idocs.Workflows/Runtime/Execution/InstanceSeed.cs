using System.Text.Json;

namespace Idocs.Workflows.Runtime.Execution;

/// <summary>What a new instance starts with: top-level from a start request, or a child of a SubProcess step.</summary>
internal sealed record InstanceSeed(Actor Actor, IReadOnlyDictionary<string, JsonElement> Variables)
{
    public Guid? InstanceId { get; init; }

    public string? CorrelationId { get; init; }

    public Guid? ParentInstanceId { get; init; }

    public Guid? ParentBookmarkId { get; init; }

    public int Depth { get; init; }
}
