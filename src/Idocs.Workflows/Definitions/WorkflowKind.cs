namespace Idocs.Workflows.Definitions;

/// <summary>What a definition is used for.</summary>
public enum WorkflowKind
{
    /// <summary>A document route: approvals, signatures and dispatch of one document or package.</summary>
    Route,

    /// <summary>An internal process such as an order approval or a leave request.</summary>
    Process,
}
