using Idocs.Billing.Plans;

namespace Idocs.Billing.Subscriptions;

/// <summary>
/// One entry of a company's plan timeline: from <see cref="StartsAt"/> until the next entry starts,
/// the company has this plan and storage package. A null <see cref="Plan"/> means the plan was disabled.
/// </summary>
/// <param name="Id">The entry's id.</param>
/// <param name="StartsAt">The instant the entry takes effect.</param>
/// <param name="Plan">The plan, or null when disabled.</param>
/// <param name="Custom">The bought features when <paramref name="Plan"/> is Custom.</param>
/// <param name="StoragePackageCode">The internal storage package, or null for none.</param>
/// <param name="RequestedBy">The user who connected, changed or disabled the plan, or the manager who approved Custom.</param>
/// <param name="RequestedAt">When the request was made.</param>
public sealed record SubscriptionTerm(
    Guid Id,
    DateTimeOffset StartsAt,
    PlanCode? Plan,
    CustomPlanTerms? Custom,
    string? StoragePackageCode,
    Guid RequestedBy,
    DateTimeOffset RequestedAt);
