using System.Text.Json;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Tests.Support;

/// <summary>Builds definitions in tests; inputs are given as anonymous objects and stored as JSON.</summary>
public sealed class DefinitionBuilder(string id)
{
    private readonly List<ActivityDefinition> _activities = [];
    private readonly List<ConnectionDefinition> _connections = [];
    private WorkflowKind _kind = WorkflowKind.Route;

    public static DefinitionBuilder Create(string id = "test-route") => new(id);

    public DefinitionBuilder Process()
    {
        _kind = WorkflowKind.Process;
        return this;
    }

    public DefinitionBuilder Activity(string activityId, string type, object? inputs = null)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (inputs is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(inputs).EnumerateObject())
            {
                values[property.Name] = property.Value.Clone();
            }
        }

        _activities.Add(new ActivityDefinition
        {
            Id = activityId,
            Type = type,
            Inputs = values,
            Position = new DisplayPosition(_activities.Count * 200, 100),
        });
        return this;
    }

    public DefinitionBuilder Connect(string from, string outcome, string to)
    {
        _connections.Add(new ConnectionDefinition(from, outcome, to));
        return this;
    }

    public WorkflowDefinition Build(int version = 1, DefinitionState state = DefinitionState.Published) => new()
    {
        Id = id,
        Version = version,
        Name = $"Test {id}",
        Kind = _kind,
        State = state,
        Activities = _activities.ToList(),
        Connections = _connections.ToList(),
    };
}
