using Idocs.Billing.Plans;
using Idocs.Billing.Subscriptions;

namespace Idocs.Storage.Billing;

/// <summary>The JSON form of one <see cref="SubscriptionTerm"/> in <see cref="BillingAccountRow.TermsJson"/>.</summary>
internal sealed record SubscriptionTermDocument(
    Guid Id,
    DateTimeOffset StartsAt,
    PlanCode? Plan,
    IReadOnlyList<PlanFeature>? CustomFeatures,
    int? CustomMaxMassActionSize,
    string? StoragePackageCode,
    Guid RequestedBy,
    DateTimeOffset RequestedAt)
{
    public static SubscriptionTermDocument From(SubscriptionTerm term) =>
        new(
            term.Id,
            term.StartsAt.ToUniversalTime(),
            term.Plan,
            term.Custom?.Features.OrderBy(feature => feature).ToList(),
            term.Custom?.MaxMassActionSize,
            term.StoragePackageCode,
            term.RequestedBy,
            term.RequestedAt.ToUniversalTime());

    public SubscriptionTerm ToTerm() =>
        new(
            Id,
            StartsAt,
            Plan,
            CustomFeatures is null ? null : new CustomPlanTerms(CustomFeatures.ToHashSet(), CustomMaxMassActionSize),
            StoragePackageCode,
            RequestedBy,
            RequestedAt);
}
