namespace Idocs.Billing.Plans;

public static class PlanCodeNames
{
    /// <summary>Returns the plan's product name as customers see it: Standard, PRO or Custom.</summary>
    public static string DisplayName(this PlanCode plan) => plan switch
    {
        PlanCode.Standard => "Standard",
        PlanCode.Pro => "PRO",
        PlanCode.Custom => "Custom",
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, "Unknown plan."),
    };
}
