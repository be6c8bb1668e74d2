using System.Text.Json;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// Starts an instance of a definition. Without <see cref="Version"/> the latest published version is
/// pinned; the instance keeps that version until an explicit migration.
/// </summary>
public sealed record StartRequest(string DefinitionId, Actor Actor)
{
    public int? Version { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Variables { get; init; } =
        new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    public string? CorrelationId { get; init; }
}
