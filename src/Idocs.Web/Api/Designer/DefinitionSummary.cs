using Idocs.Workflows.Definitions;

namespace Idocs.Web.Api.Designer;

/// <summary>One published definition in the catalog or in a version history.</summary>
public sealed record DefinitionSummary(string Id, int Version, string Name, string Kind, bool ReadOnly)
{
    public static DefinitionSummary From(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new DefinitionSummary(definition.Id, definition.Version, definition.Name, definition.Kind.ToString(), definition.ReadOnly);
    }
}
