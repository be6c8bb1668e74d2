namespace Idocs.Workflows.Definitions;

/// <summary>Where a definition version came from.</summary>
public enum DefinitionSource
{
    /// <summary>A JSON file shipped in the <c>workflows/</c> folder; loaded read-only.</summary>
    ShippedFile,

    /// <summary>The visual designer in the cabinet.</summary>
    Designer,

    /// <summary>The HTTP API.</summary>
    Api,
}
