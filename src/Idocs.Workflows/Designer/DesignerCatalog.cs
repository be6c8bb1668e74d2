using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Designer;

/// <summary>What the designer lists for a company: its drafts, its published definitions and the shipped ones.</summary>
public sealed record DesignerCatalog(
    IReadOnlyList<DesignerDraft> Drafts,
    IReadOnlyList<WorkflowDefinition> Published,
    IReadOnlyList<WorkflowDefinition> Shipped);
