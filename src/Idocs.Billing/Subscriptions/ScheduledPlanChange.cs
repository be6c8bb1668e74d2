using Idocs.Billing.Plans;

namespace Idocs.Billing.Subscriptions;

/// <summary>A plan change that takes effect later; shown in the cabinet as "scheduled" until then.</summary>
/// <param name="EffectiveAt">The instant it takes effect: the end of the current period, the trial end or an approved start date.</param>
/// <param name="Plan">The plan it switches to, or null when it disables the plan.</param>
/// <param name="StoragePackageCode">The storage package it switches to, or null for none.</param>
public sealed record ScheduledPlanChange(DateTimeOffset EffectiveAt, PlanCode? Plan, string? StoragePackageCode)
{
    public bool DisablesPlan => Plan is null;
}
