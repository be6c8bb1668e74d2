using Idocs.Billing.Plans;

namespace Idocs.Billing.Subscriptions;

/// <summary>What Billing / Subscriptions shows for a company at one instant.</summary>
/// <param name="CurrentPlan">The plan in force, or null when there is none.</param>
/// <param name="CurrentCustom">The bought features when the plan in force is Custom.</param>
/// <param name="CurrentStoragePackageCode">The storage package in force, or null.</param>
/// <param name="Trial">The free trial.</param>
/// <param name="Scheduled">The next scheduled change, or null.</param>
public sealed record SubscriptionStatus(
    PlanCode? CurrentPlan,
    CustomPlanTerms? CurrentCustom,
    string? CurrentStoragePackageCode,
    TrialStatus Trial,
    ScheduledPlanChange? Scheduled);
