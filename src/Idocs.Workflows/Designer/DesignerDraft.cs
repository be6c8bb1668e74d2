using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Designer;

/// <summary>
/// A company's work in progress on a definition. Drafts live apart from the definition versions:
/// saving a draft never touches a published version, and publishing turns the draft into the next
/// version of <see cref="WorkflowDefinition.Id"/>.
/// </summary>
public sealed record DesignerDraft
{
    public Guid Id { get; init; }

    public Guid CompanyId { get; init; }

    /// <summary>The definition as drawn; it may be invalid until it is published.</summary>
    public required WorkflowDefinition Definition { get; init; }

    /// <summary>The published version the draft was started from, or null for a new definition.</summary>
    public int? BasedOnVersion { get; init; }

    /// <summary>Incremented by every save; a save with an older revision is refused.</summary>
    public long Revision { get; init; }

    public bool Archived { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>User id of the last person who saved the draft.</summary>
    public required string UpdatedBy { get; init; }
}
