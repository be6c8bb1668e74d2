namespace Idocs.Billing.Plans;

/// <summary>The PRO features a Custom plan may add on top of Standard.</summary>
public enum PlanFeature
{
    /// <summary>The route designer.</summary>
    Designer,

    /// <summary>The HTTP API with tokens (used by the 1C module).</summary>
    ApiAccess,

    /// <summary>Mass actions larger than Standard allows, up to the size bought.</summary>
    ExtendedMassActions,
}
