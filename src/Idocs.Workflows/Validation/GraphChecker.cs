using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Validation;

/// <summary>Checks of the flowchart's shape: reachability, loops and Fork/Join pairing.</summary>
internal sealed class GraphChecker
{
    private readonly WorkflowDefinition _definition;
    private readonly Dictionary<string, ActivityDescriptor?> _descriptors;
    private readonly Dictionary<string, List<string>> _successors;

    public GraphChecker(WorkflowDefinition definition, Dictionary<string, ActivityDescriptor?> descriptors)
    {
        _definition = definition;
        _descriptors = descriptors;
        _successors = descriptors.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var connection in definition.Connections)
        {
            if (_successors.TryGetValue(connection.From, out var targets) && _successors.ContainsKey(connection.To))
            {
                targets.Add(connection.To);
            }
        }
    }

    public IEnumerable<ValidationProblem> FindUnreachable(string startId)
    {
        var reachable = Reach(startId);
        return _definition.Activities
            .Where(activity => _descriptors.ContainsKey(activity.Id) && !reachable.Contains(activity.Id))
            .DistinctBy(activity => activity.Id)
            .Select(activity => new ValidationProblem(
                ValidationCodes.UnreachableActivity, activity.Id, $"No path from Start '{startId}' leads to '{activity.Id}'; connect it or remove it."));
    }

    /// <summary>Reports each strongly connected component (a loop) that contains no waiting activity.</summary>
    public IEnumerable<ValidationProblem> FindCyclesWithoutWait()
    {
        foreach (var component in new StronglyConnectedComponents(_successors).Find())
        {
            var isLoop = component.Count > 1 || _successors[component[0]].Contains(component[0]);
            var waits = component.Any(id => _descriptors[id]?.Behavior == ActivityBehavior.Waiting);
            if (!isLoop || waits)
            {
                continue;
            }

            var ordered = _definition.Activities.Select(activity => activity.Id).Where(component.Contains).Distinct().ToList();
            yield return new ValidationProblem(
                ValidationCodes.CycleWithoutWait,
                ordered[0],
                $"The loop {string.Join(" -> ", ordered)} has no waiting activity (Approve, Sign, Deadline...), so it would run forever.");
        }
    }

    public IEnumerable<ValidationProblem> FindJoinsWithoutFork()
    {
        foreach (var activity in _definition.Activities.Where(activity => _descriptors.GetValueOrDefault(activity.Id)?.Behavior == ActivityBehavior.Join))
        {
            var forkId = activity.Inputs.TryGetValue("fork", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
                ? value.GetString()
                : null;
            if (forkId is null)
            {
                continue;
            }

            if (_descriptors.GetValueOrDefault(forkId)?.Behavior != ActivityBehavior.Fork)
            {
                yield return new ValidationProblem(
                    ValidationCodes.JoinWithoutFork, activity.Id, $"Join '{activity.Id}' names '{forkId}', which is not a Fork activity of this definition.");
            }
            else if (!Reach(forkId).Contains(activity.Id))
            {
                yield return new ValidationProblem(
                    ValidationCodes.JoinWithoutFork, activity.Id, $"Join '{activity.Id}' cannot be reached from its Fork '{forkId}'.");
            }
        }
    }

    private HashSet<string> Reach(string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var pending = new Stack<string>([from]);
        while (pending.Count > 0)
        {
            foreach (var next in _successors[pending.Pop()].Where(seen.Add))
            {
                pending.Push(next);
            }
        }

        return seen;
    }
}
