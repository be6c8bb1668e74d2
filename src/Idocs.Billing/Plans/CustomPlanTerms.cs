using Idocs.Common.Results;

namespace Idocs.Billing.Plans;

/// <summary>The PRO features a company bought on top of Standard.</summary>
/// <param name="Features">The chosen features.</param>
/// <param name="MaxMassActionSize">
/// With <see cref="PlanFeature.ExtendedMassActions"/>: the mass action size bought, or null for
/// unlimited. Ignored without that feature.
/// </param>
public sealed record CustomPlanTerms(IReadOnlySet<PlanFeature> Features, int? MaxMassActionSize)
{
    /// <summary>Validates a customer's choice: at least one feature, a positive size when one is given.</summary>
    public static Result<CustomPlanTerms> Create(IEnumerable<PlanFeature> features, int? maxMassActionSize)
    {
        ArgumentNullException.ThrowIfNull(features);
        var chosen = features.ToHashSet();
        if (chosen.Count == 0)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                "A Custom plan needs at least one PRO feature; choose the designer, API access or extended mass actions.");
        }

        if (chosen.Any(feature => !Enum.IsDefined(feature)))
        {
            return new Error(CommonErrorCodes.InvalidInput, "A chosen feature is unknown; choose among the listed PRO features.");
        }

        if (maxMassActionSize is <= 0)
        {
            return new Error(
                CommonErrorCodes.InvalidInput,
                $"The mass action size {maxMassActionSize} is invalid; give a positive number or leave it empty for unlimited.");
        }

        return new CustomPlanTerms(chosen, chosen.Contains(PlanFeature.ExtendedMassActions) ? maxMassActionSize : null);
    }
}
