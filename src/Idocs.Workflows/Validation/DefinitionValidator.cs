using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Validation;

/// <summary>
/// Checks a definition against the registered activity types and reports every problem it finds,
/// each with a stable code and the activity id, rather than stopping at the first.
/// </summary>
public sealed class DefinitionValidator(ActivityRegistry registry)
{
    public IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<ValidationProblem>();
        problems.AddRange(CheckHeader(definition));

        var descriptors = new Dictionary<string, ActivityDescriptor?>(StringComparer.Ordinal);
        foreach (var activity in definition.Activities)
        {
            problems.AddRange(CheckActivity(activity, descriptors));
        }

        problems.AddRange(CheckConnections(definition, descriptors));

        var starts = definition.Activities
            .Where(activity => descriptors.GetValueOrDefault(activity.Id)?.Behavior == ActivityBehavior.Start)
            .ToList();
        problems.AddRange(CheckStarts(starts));

        var graph = new GraphChecker(definition, descriptors);
        if (starts.Count == 1)
        {
            problems.AddRange(graph.FindUnreachable(starts[0].Id));
        }

        problems.AddRange(graph.FindCyclesWithoutWait());
        problems.AddRange(graph.FindJoinsWithoutFork());
        return problems;
    }

    private static IEnumerable<ValidationProblem> CheckHeader(WorkflowDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Id) || definition.Id.Length > 100)
        {
            yield return new ValidationProblem(ValidationCodes.InvalidHeader, null, "The definition id must be 1 to 100 characters.");
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            yield return new ValidationProblem(ValidationCodes.InvalidHeader, null, "The definition needs a name.");
        }

        if (definition.Version < 1)
        {
            yield return new ValidationProblem(ValidationCodes.InvalidHeader, null, $"Version {definition.Version} is invalid; versions start at 1.");
        }
    }

    private IEnumerable<ValidationProblem> CheckActivity(ActivityDefinition activity, Dictionary<string, ActivityDescriptor?> descriptors)
    {
        if (string.IsNullOrWhiteSpace(activity.Id))
        {
            yield return new ValidationProblem(ValidationCodes.InvalidHeader, null, $"An activity of type '{activity.Type}' has no id.");
            yield break;
        }

        if (descriptors.ContainsKey(activity.Id))
        {
            yield return new ValidationProblem(ValidationCodes.DuplicateActivityId, activity.Id, $"Activity id '{activity.Id}' is used more than once.");
            yield break;
        }

        var implementation = registry.Find(activity.Type);
        descriptors[activity.Id] = implementation?.Descriptor;
        if (implementation is null)
        {
            var known = string.Join(", ", registry.Descriptors.Select(descriptor => descriptor.Type).Order(StringComparer.Ordinal));
            yield return new ValidationProblem(
                ValidationCodes.UnknownActivityType, activity.Id, $"Activity type '{activity.Type}' is not registered; known types: {known}.");
            yield break;
        }

        foreach (var problem in InputChecker.Check(activity, implementation.Descriptor))
        {
            yield return problem;
        }

        if (implementation is IValidatingActivity validating)
        {
            foreach (var problem in validating.Validate(activity))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<ValidationProblem> CheckConnections(WorkflowDefinition definition, Dictionary<string, ActivityDescriptor?> descriptors)
    {
        foreach (var connection in definition.Connections)
        {
            if (!descriptors.TryGetValue(connection.From, out var source))
            {
                yield return new ValidationProblem(
                    ValidationCodes.DanglingConnection, connection.From, $"A connection starts at unknown activity '{connection.From}'.");
                continue;
            }

            if (!descriptors.ContainsKey(connection.To))
            {
                yield return new ValidationProblem(
                    ValidationCodes.DanglingConnection, connection.From, $"Outcome '{connection.Outcome}' of '{connection.From}' leads to unknown activity '{connection.To}'.");
            }

            if (source is not null && !source.Outcomes.Contains(connection.Outcome, StringComparer.Ordinal))
            {
                var declared = source.Outcomes.Count == 0 ? "none" : string.Join(", ", source.Outcomes);
                yield return new ValidationProblem(
                    ValidationCodes.UndeclaredOutcome, connection.From, $"{source.Type} has no outcome '{connection.Outcome}'; declared outcomes: {declared}.");
            }
        }
    }

    private static IEnumerable<ValidationProblem> CheckStarts(List<ActivityDefinition> starts)
    {
        if (starts.Count == 0)
        {
            yield return new ValidationProblem(ValidationCodes.MissingStart, null, "The definition has no Start activity; add exactly one.");
        }

        foreach (var extra in starts.Skip(1))
        {
            yield return new ValidationProblem(
                ValidationCodes.DuplicateStart, extra.Id, $"Start '{extra.Id}' is a second Start; a definition has exactly one (the first is '{starts[0].Id}').");
        }
    }
}
