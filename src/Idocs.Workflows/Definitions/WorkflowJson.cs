using System.Text.Json;
using System.Text.Json.Serialization;
using Idocs.Common.Results;

namespace Idocs.Workflows.Definitions;

/// <summary>
/// JSON form of definitions: camelCase properties and kebab-case enum values
/// (<c>"kind": "route"</c>, <c>"source": "shipped-file"</c>), as described by
/// <c>workflows/schema/workflow-definition.schema.json</c>.
/// </summary>
public static class WorkflowJson
{
    /// <summary>Serializer options for definitions and for the engine's persisted state.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Parses a definition; malformed JSON becomes an <c>invalid_json</c> error naming the position.</summary>
    public static Result<WorkflowDefinition> Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, Options);
            if (definition is null)
            {
                return Result<WorkflowDefinition>.Failure(
                    WorkflowErrorCodes.InvalidDefinitionJson, "The definition JSON is null; expected an object.");
            }

            return definition;
        }
        catch (JsonException exception)
        {
            return Result<WorkflowDefinition>.Failure(
                WorkflowErrorCodes.InvalidDefinitionJson,
                $"The definition JSON is invalid at line {exception.LineNumber + 1}, path '{exception.Path}': {exception.Message}");
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
