using Idocs.Billing.Plans;

namespace Idocs.Billing.Limits;

/// <summary>The plan whose limits apply to a company now, and where it comes from.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Limits">Its limits, widened by Custom features.</param>
/// <param name="IsTrial">True when the limits are the trial's.</param>
public sealed record EffectivePlan(PlanCode Plan, PlanLimits Limits, bool IsTrial)
{
    /// <summary>The plan's name in messages, for example "PRO" or "PRO (free trial)".</summary>
    public string Name => IsTrial ? $"{Plan.DisplayName()} (free trial)" : Plan.DisplayName();
}
