using System.Text.Json;

namespace Idocs.Workflows.Definitions;

/// <summary>One node of a definition: an activity type with its input values.</summary>
public sealed record ActivityDefinition
{
    /// <summary>Id unique within the definition and stable across versions; migration matches on it.</summary>
    public required string Id { get; init; }

    /// <summary>Activity type name as registered in the activity registry, for example <c>Approve</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Human-readable title shown in the designer and in the route view.</summary>
    public string? Title { get; init; }

    /// <summary>Input values by input name, as JSON; the validator checks them against the type's inputs.</summary>
    public IReadOnlyDictionary<string, JsonElement> Inputs { get; init; } =
        new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    public DisplayPosition Position { get; init; } = new(0, 0);
}
