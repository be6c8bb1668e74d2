using System.Text.Json;
using System.Xml;
using Idocs.Workflows.Activities;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Expressions;
using Idocs.Workflows.Participants;

namespace Idocs.Workflows.Validation;

/// <summary>Checks an activity's input values against the inputs its type declares.</summary>
internal static class InputChecker
{
    public static IEnumerable<ValidationProblem> Check(ActivityDefinition activity, ActivityDescriptor descriptor)
    {
        foreach (var input in descriptor.Inputs)
        {
            var present = activity.Inputs.TryGetValue(input.Name, out var value) && value.ValueKind != JsonValueKind.Null;
            if (!present)
            {
                if (input.Required)
                {
                    yield return new ValidationProblem(
                        ValidationCodes.MissingRequiredInput, activity.Id, $"{descriptor.Type} needs the input '{input.Name}': {input.Description}");
                }

                continue;
            }

            var problem = CheckValue(input, value);
            if (problem is not null)
            {
                yield return problem with { ActivityId = activity.Id };
            }
        }

        foreach (var name in activity.Inputs.Keys.Where(name => descriptor.FindInput(name) is null))
        {
            var declared = string.Join(", ", descriptor.Inputs.Select(input => input.Name));
            yield return new ValidationProblem(
                ValidationCodes.UnknownInput, activity.Id, $"{descriptor.Type} has no input '{name}'; declared inputs: {(declared.Length == 0 ? "none" : declared)}.");
        }
    }

    private static ValidationProblem? CheckValue(InputDescriptor input, JsonElement value)
    {
        return input.Kind switch
        {
            InputKind.Text => IsText(value) ? null : WrongType(input, "a non-empty string", value),
            InputKind.Number => value.ValueKind == JsonValueKind.Number ? null : WrongType(input, "a number", value),
            InputKind.WholeNumber => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _) ? null : WrongType(input, "a whole number", value),
            InputKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : WrongType(input, "true or false", value),
            InputKind.Expression => CheckExpression(input, value),
            InputKind.Duration => IsText(value) && IsDuration(value.GetString()!) ? null : WrongType(input, "an ISO 8601 duration such as P2D or PT4H", value),
            InputKind.Participants => CheckParticipants(input, value),
            InputKind.Choice => IsText(value) && input.Choices.Contains(value.GetString()!) ? null : WrongType(input, $"one of {string.Join(", ", input.Choices)}", value),
            InputKind.TextList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(IsText) ? null : WrongType(input, "an array of strings", value),
            _ => throw new InvalidOperationException($"Input kind {input.Kind} has no check."),
        };
    }

    private static ValidationProblem? CheckExpression(InputDescriptor input, JsonElement value)
    {
        if (!IsText(value))
        {
            return WrongType(input, "an expression string", value);
        }

        var parsed = CompiledExpression.Parse(value.GetString()!);
        return parsed.IsSuccess
            ? null
            : new ValidationProblem(ValidationCodes.InvalidExpression, null, $"Input '{input.Name}': {parsed.Error.Message}");
    }

    private static ValidationProblem? CheckParticipants(InputDescriptor input, JsonElement value)
    {
        var parsed = Participant.ParseList(value);
        return parsed.IsSuccess
            ? null
            : new ValidationProblem(ValidationCodes.InvalidInputType, null, $"Input '{input.Name}': {parsed.Error.Message}");
    }

    private static bool IsText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());

    private static bool IsDuration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text) > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static ValidationProblem WrongType(InputDescriptor input, string expected, JsonElement value)
    {
        var shown = value.GetRawText();
        if (shown.Length > 60)
        {
            shown = string.Concat(shown.AsSpan(0, 60), "...");
        }

        return new ValidationProblem(ValidationCodes.InvalidInputType, null, $"Input '{input.Name}' must be {expected}, not {shown}.");
    }
}
