namespace Idocs.Billing.Plans;

/// <summary>The subscription plans. Their features, limits and prices live in the price list.</summary>
public enum PlanCode
{
    Standard,
    Pro,

    /// <summary>Standard plus PRO features the customer chose, approved by a platform manager.</summary>
    Custom,
}
