using System.Text.Json;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Designer;

/// <summary>Compares two definitions activity by activity (matched by id) and connection by connection.</summary>
public static class DefinitionDiffer
{
    public static DefinitionDiff Compare(WorkflowDefinition older, WorkflowDefinition newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return new DefinitionDiff
        {
            DefinitionId = newer.Id,
            FromVersion = older.Version,
            ToVersion = newer.Version,
            HeaderChanges = CompareHeader(older, newer),
            Activities = CompareActivities(older, newer),
            Connections = CompareConnections(older, newer),
        };
    }

    private static List<string> CompareHeader(WorkflowDefinition older, WorkflowDefinition newer)
    {
        var changes = new List<string>();
        if (!string.Equals(older.Name, newer.Name, StringComparison.Ordinal))
        {
            changes.Add("name");
        }

        if (older.Kind != newer.Kind)
        {
            changes.Add("kind");
        }

        if (!string.Equals(older.Description, newer.Description, StringComparison.Ordinal))
        {
            changes.Add("description");
        }

        return changes;
    }

    private static List<ActivityChange> CompareActivities(WorkflowDefinition older, WorkflowDefinition newer)
    {
        var changes = new List<ActivityChange>();
        foreach (var activity in newer.Activities)
        {
            var before = older.FindActivity(activity.Id);
            if (before is null)
            {
                changes.Add(new ActivityChange(activity.Id, activity.Type, ChangeKind.Added, []));
                continue;
            }

            var parts = CompareActivity(before, activity);
            if (parts.Count > 0)
            {
                changes.Add(new ActivityChange(activity.Id, activity.Type, ChangeKind.Changed, parts));
            }
        }

        changes.AddRange(older.Activities
            .Where(activity => newer.FindActivity(activity.Id) is null)
            .Select(activity => new ActivityChange(activity.Id, activity.Type, ChangeKind.Removed, [])));
        return changes;
    }

    private static List<string> CompareActivity(ActivityDefinition before, ActivityDefinition after)
    {
        var parts = new List<string>();
        if (!string.Equals(before.Type, after.Type, StringComparison.Ordinal))
        {
            parts.Add("type");
        }

        if (!string.Equals(before.Title, after.Title, StringComparison.Ordinal))
        {
            parts.Add("title");
        }

        if (before.Position != after.Position)
        {
            parts.Add("position");
        }

        var names = before.Inputs.Keys.Union(after.Inputs.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var hadValue = before.Inputs.TryGetValue(name, out var oldValue);
            var hasValue = after.Inputs.TryGetValue(name, out var newValue);
            if (hadValue != hasValue || (hadValue && !JsonElement.DeepEquals(oldValue, newValue)))
            {
                parts.Add("inputs." + name);
            }
        }

        return parts;
    }

    private static List<ConnectionChange> CompareConnections(WorkflowDefinition older, WorkflowDefinition newer)
    {
        var before = older.Connections.ToHashSet();
        var after = newer.Connections.ToHashSet();
        return newer.Connections.Where(connection => !before.Contains(connection))
            .Select(connection => new ConnectionChange(connection, ChangeKind.Added))
            .Concat(older.Connections.Where(connection => !after.Contains(connection))
                .Select(connection => new ConnectionChange(connection, ChangeKind.Removed)))
            .ToList();
    }
}
