namespace Idocs.Billing.Plans;

/// <summary>What a plan allows.</summary>
/// <param name="MaxMassActionSize">The most documents one mass action may select; null means unlimited.</param>
/// <param name="Designer">Whether the route designer is available.</param>
/// <param name="ApiAccess">Whether the HTTP API is available.</param>
public sealed record PlanLimits(int? MaxMassActionSize, bool Designer, bool ApiAccess)
{
    /// <summary>Returns these limits widened by Custom features.</summary>
    public PlanLimits With(CustomPlanTerms custom)
    {
        ArgumentNullException.ThrowIfNull(custom);
        return new PlanLimits(
            custom.Features.Contains(PlanFeature.ExtendedMassActions) ? custom.MaxMassActionSize : MaxMassActionSize,
            Designer || custom.Features.Contains(PlanFeature.Designer),
            ApiAccess || custom.Features.Contains(PlanFeature.ApiAccess));
    }
}
