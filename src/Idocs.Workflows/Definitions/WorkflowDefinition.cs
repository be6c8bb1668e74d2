namespace Idocs.Workflows.Definitions;

/// <summary>
/// One version of a route or process definition. A definition is data: the engine interprets it,
/// and a published version is never edited, so running instances keep the version they started with.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>Logical id shared by all versions, for example <c>outgoing-two-stage</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Version number, 1 for the first; (Id, Version) is unique.</summary>
    public int Version { get; init; } = 1;

    public required string Name { get; init; }

    public WorkflowKind Kind { get; init; } = WorkflowKind.Route;

    public string? Description { get; init; }

    public DefinitionState State { get; init; } = DefinitionState.Draft;

    public DefinitionSource Source { get; init; } = DefinitionSource.Api;

    /// <summary>True when the cabinet and the API must not change this definition (shipped files).</summary>
    public bool ReadOnly { get; init; }

    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];

    public IReadOnlyList<ConnectionDefinition> Connections { get; init; } = [];

    /// <summary>Finds an activity by id, or null.</summary>
    public ActivityDefinition? FindActivity(string activityId) =>
        Activities.FirstOrDefault(activity => string.Equals(activity.Id, activityId, StringComparison.Ordinal));

    /// <summary>Lists the connections that leave <paramref name="activityId"/> through <paramref name="outcome"/>.</summary>
    public IEnumerable<ConnectionDefinition> ConnectionsFrom(string activityId, string outcome) =>
        Connections.Where(connection =>
            string.Equals(connection.From, activityId, StringComparison.Ordinal)
            && string.Equals(connection.Outcome, outcome, StringComparison.Ordinal));
}
