using System.Text.Json;
using Idocs.Common.Results;

namespace Idocs.Workflows.Participants;

/// <summary>One seat of an approval or signing step, named by user, role, right or variable.</summary>
public sealed record Participant(ParticipantKind Kind, string Value)
{
    private static readonly Dictionary<string, ParticipantKind> Keys = new(StringComparer.Ordinal)
    {
        ["user"] = ParticipantKind.User,
        ["role"] = ParticipantKind.Role,
        ["right"] = ParticipantKind.Right,
        ["variable"] = ParticipantKind.Variable,
    };

    /// <summary>Parses a participants input: a non-empty array of single-property objects.</summary>
    public static Result<IReadOnlyList<Participant>> ParseList(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            return Failure("expected a non-empty array of participants such as [{\"role\": \"Director\"}]");
        }

        var participants = new List<Participant>();
        foreach (var item in element.EnumerateArray())
        {
            var participant = Parse(item);
            if (!participant.IsSuccess)
            {
                return Result<IReadOnlyList<Participant>>.Failure(participant.Error);
            }

            participants.Add(participant.Value);
        }

        return participants;
    }

    public JsonElement ToJson() =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { [KeyOf(Kind)] = Value });

    private static Result<Participant> Parse(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return Result<Participant>.Failure(FailureError($"participant {item.GetRawText()} is not an object"));
        }

        var properties = item.EnumerateObject().ToList();
        if (properties.Count != 1
            || !Keys.TryGetValue(properties[0].Name, out var kind)
            || properties[0].Value.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(properties[0].Value.GetString()))
        {
            return Result<Participant>.Failure(FailureError(
                $"participant {item.GetRawText()} must have exactly one of user, role, right or variable with a non-empty string"));
        }

        return new Participant(kind, properties[0].Value.GetString()!);
    }

    private static string KeyOf(ParticipantKind kind) => Keys.First(pair => pair.Value == kind).Key;

    private static Result<IReadOnlyList<Participant>> Failure(string problem) =>
        Result<IReadOnlyList<Participant>>.Failure(FailureError(problem));

    private static Error FailureError(string problem) =>
        new(WorkflowErrorCodes.InvalidDefinition, $"Invalid participants: {problem}.");
}
