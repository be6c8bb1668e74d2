namespace Idocs.Workflows.Definitions;

/// <summary>Lifecycle state of one definition version.</summary>
public enum DefinitionState
{
    /// <summary>Editable; instances cannot be started from it.</summary>
    Draft,

    /// <summary>Frozen; instances start from it, and a change becomes a new version.</summary>
    Published,
}
