using System.Globalization;
using System.Text.Json;
using Idocs.Workflows.Designer.DryRun;

namespace Idocs.Web.Components.Designer;

/// <summary>Reads the dry-run panel's text boxes: one <c>name=value</c>, participant or decision per line.</summary>
public static class DryRunInput
{
    /// <summary>Reads <c>name=value</c> lines; a value that is a number or true/false becomes one, anything else text.</summary>
    public static Dictionary<string, JsonElement> ParseFields(string? text)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in Pairs(text))
        {
            fields[name] = decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? JsonSerializer.SerializeToElement(number)
                : bool.TryParse(value, out var flag) ? JsonSerializer.SerializeToElement(flag) : JsonSerializer.SerializeToElement(value);
        }

        return fields;
    }

    /// <summary>Reads <c>user id; roles; rights</c> lines, roles and rights separated by commas.</summary>
    public static List<DryRunParticipant> ParseParticipants(string? text)
    {
        var participants = new List<DryRunParticipant>();
        foreach (var line in Lines(text))
        {
            var parts = line.Split(';', StringSplitOptions.TrimEntries);
            participants.Add(new DryRunParticipant(parts[0], List(parts, 1), List(parts, 2)));
        }

        return participants;
    }

    public static Dictionary<string, string> ParseDecisions(string? text) =>
        Pairs(text).ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Value)> Pairs(string? text) =>
        Lines(text)
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0)
            .Select(parts => (parts[0], parts[1]));

    private static string[] Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string[] List(string[] parts, int index) =>
        parts.Length > index ? parts[index].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
}
