using Idocs.Billing.Money;
using Idocs.Billing.Plans;

namespace Idocs.Billing.PriceLists;

/// <summary>The prices and limits platform staff enter for a new price list version.</summary>
public sealed record PriceListDraft(
    DateOnly EffectiveFrom,
    IReadOnlyList<PlanTerms> Plans,
    IReadOnlyDictionary<PlanFeature, Tenge> FeaturePrices,
    IReadOnlyList<StoragePackage> StoragePackages);
