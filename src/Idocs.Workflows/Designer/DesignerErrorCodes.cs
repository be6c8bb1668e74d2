namespace Idocs.Workflows.Designer;

/// <summary>Stable codes of the expected failures of the designer's drafts and publishing.</summary>
public static class DesignerErrorCodes
{
    public const string DraftNotFound = "designer.draft_not_found";

    /// <summary>The draft was saved by someone else after the caller loaded it; reload and apply the change again.</summary>
    public const string DraftChanged = "designer.draft_changed";

    /// <summary>The draft is archived; duplicate it to keep working on its content.</summary>
    public const string DraftArchived = "designer.draft_archived";

    /// <summary>The definition id belongs to another company or to a shipped definition; choose another id.</summary>
    public const string DefinitionIdTaken = "designer.definition_id_taken";

    /// <summary>The definition is not the company's own and is not shipped, so the company cannot see it.</summary>
    public const string DefinitionNotVisible = "designer.definition_not_visible";

    /// <summary>The definition is archived: new documents cannot start on it and it cannot be published again.</summary>
    public const string DefinitionArchived = "designer.definition_archived";

    /// <summary>The definition id does not match the required shape (lowercase letters, digits and dashes).</summary>
    public const string InvalidDefinitionId = "designer.invalid_definition_id";

    /// <summary>The dry run stopped before the instance finished: no chosen participant may act on a waiting step, or a step faulted.</summary>
    public const string DryRunStuck = "designer.dry_run_stuck";

    /// <summary>A query value the request needs, such as a draft's revision or the versions to compare, is missing.</summary>
    public const string MissingQueryValue = "designer.missing_query_value";
}
