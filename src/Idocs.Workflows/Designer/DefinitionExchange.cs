using System.Text.Json;
using System.Text.Json.Nodes;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Designer;

/// <summary>
/// JSON import and export in the format of the shipped files in <c>workflows/</c>: the content only,
/// without the version, state, source and read-only flag, which the publisher assigns.
/// </summary>
public static class DefinitionExchange
{
    /// <summary>Largest accepted import, in characters.</summary>
    public const int MaxImportLength = 1024 * 1024;

    private static readonly string[] AssignedProperties = ["version", "state", "source", "readOnly"];

    public static string Export(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var node = JsonSerializer.SerializeToNode(definition, WorkflowJson.Options)!.AsObject();
        foreach (var property in AssignedProperties)
        {
            node.Remove(property);
        }

        foreach (var activity in node["activities"]!.AsArray())
        {
            if (activity is JsonObject { } item && item["inputs"] is JsonObject { Count: 0 })
            {
                item.Remove("inputs");
            }
        }

        return node.ToJsonString(WorkflowJson.Options);
    }

    /// <summary>
    /// Parses a definition in the <c>workflows/</c> format. The version, state, source and read-only
    /// flag are ignored when present, so a file exported from another installation imports as a draft.
    /// </summary>
    public static Result<WorkflowDefinition> Import(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxImportLength)
        {
            return Result<WorkflowDefinition>.Failure(
                WorkflowErrorCodes.InvalidDefinitionJson, $"The import is {json.Length} characters; the limit is {MaxImportLength}.");
        }

        var parsed = WorkflowJson.Deserialize(json);
        return parsed.IsSuccess
            ? parsed.Value with { Version = 1, State = DefinitionState.Draft, Source = DefinitionSource.Designer, ReadOnly = false }
            : parsed;
    }
}
