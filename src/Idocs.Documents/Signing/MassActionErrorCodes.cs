namespace Idocs.Documents.Signing;

public static class MassActionErrorCodes
{
    /// <summary>
    /// More documents were selected than the plan allows in one action; nothing was checked or
    /// signed. The limit comes from billing as a number.
    /// </summary>
    public const string OverPlanLimit = "mass_actions.over_plan_limit";

    public const string EmptySelection = "mass_actions.empty_selection";

    /// <summary>A selected document does not exist or the employee cannot see it.</summary>
    public const string DocumentNotAvailable = "mass_actions.document_not_available";
}
