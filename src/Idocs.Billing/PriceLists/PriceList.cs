using Idocs.Billing.Money;
using Idocs.Billing.Plans;
using Idocs.Common.Results;

namespace Idocs.Billing.PriceLists;

/// <summary>
/// One published version of the platform's prices and plan limits. A version is never edited: a
/// change is a new version with a later <see cref="EffectiveFrom"/>. Charges for a service use the
/// version in force on the local date (customer's time zone) the service was used.
/// </summary>
public sealed class PriceList
{
    private PriceList(
        Guid id,
        int version,
        DateOnly effectiveFrom,
        DateTimeOffset publishedAt,
        Guid publishedBy,
        IReadOnlyDictionary<PlanCode, PlanTerms> plans,
        IReadOnlyDictionary<PlanFeature, Tenge> featurePrices,
        IReadOnlyList<StoragePackage> storagePackages)
    {
        Id = id;
        Version = version;
        EffectiveFrom = effectiveFrom;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        Plans = plans;
        FeaturePrices = featurePrices;
        StoragePackages = storagePackages;
    }

    public Guid Id { get; }

    /// <summary>The version number, unique and increasing: 1, 2, 3…</summary>
    public int Version { get; }

    /// <summary>The first local date the prices apply to; unique among versions.</summary>
    public DateOnly EffectiveFrom { get; }

    public DateTimeOffset PublishedAt { get; }

    public Guid PublishedBy { get; }

    /// <summary>Prices and limits of every plan.</summary>
    public IReadOnlyDictionary<PlanCode, PlanTerms> Plans { get; }

    /// <summary>The monthly add-on price of each PRO feature in a Custom plan.</summary>
    public IReadOnlyDictionary<PlanFeature, Tenge> FeaturePrices { get; }

    public IReadOnlyList<StoragePackage> StoragePackages { get; }

    /// <summary>
    /// Validates and creates a version: terms for every plan, an add-on price for every feature,
    /// storage packages with unique codes and positive sizes, and mass action sizes above zero.
    /// </summary>
    public static Result<PriceList> Create(
        Guid id,
        int version,
        DateOnly effectiveFrom,
        DateTimeOffset publishedAt,
        Guid publishedBy,
        IEnumerable<PlanTerms> plans,
        IReadOnlyDictionary<PlanFeature, Tenge> featurePrices,
        IEnumerable<StoragePackage> storagePackages)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(featurePrices);
        ArgumentNullException.ThrowIfNull(storagePackages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);

        var planList = plans.ToList();
        var planTerms = new Dictionary<PlanCode, PlanTerms>();
        foreach (var terms in planList)
        {
            if (!planTerms.TryAdd(terms.Plan, terms))
            {
                return Invalid($"The plan {terms.Plan.DisplayName()} appears twice; give each plan once.");
            }

            if (terms.Limits.MaxMassActionSize is <= 0)
            {
                return Invalid(
                    $"The mass action size {terms.Limits.MaxMassActionSize} of plan {terms.Plan.DisplayName()} is invalid; give a positive number or none for unlimited.");
            }

            if (terms.MonthlyFee < Tenge.Zero || terms.PricePerExternalDocument < Tenge.Zero)
            {
                return Invalid($"The plan {terms.Plan.DisplayName()} has a negative price; prices are zero or more.");
            }
        }

        foreach (var plan in Enum.GetValues<PlanCode>().Where(plan => !planTerms.ContainsKey(plan)))
        {
            return Invalid($"The price list has no terms for plan {plan.DisplayName()}; give terms for every plan.");
        }

        foreach (var feature in Enum.GetValues<PlanFeature>())
        {
            if (!featurePrices.TryGetValue(feature, out var price))
            {
                return Invalid($"The price list has no add-on price for the feature {feature}; give one for every feature.");
            }

            if (price < Tenge.Zero)
            {
                return Invalid($"The add-on price of the feature {feature} is negative; prices are zero or more.");
            }
        }

        var packages = storagePackages.ToList();
        foreach (var package in packages)
        {
            if (string.IsNullOrWhiteSpace(package.Code))
            {
                return Invalid("A storage package has no code; give each package a code such as storage-10gb.");
            }

            if (package.SizeBytes <= 0)
            {
                return Invalid($"The storage package {package.Code} has size {package.SizeBytes} bytes; give a positive size.");
            }

            if (package.MonthlyFee < Tenge.Zero)
            {
                return Invalid($"The storage package {package.Code} has a negative fee; prices are zero or more.");
            }
        }

        var duplicate = packages.GroupBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return Invalid($"The storage package code {duplicate.Key} appears twice; give each package its own code.");
        }

        return new PriceList(
            id,
            version,
            effectiveFrom,
            publishedAt,
            publishedBy,
            planTerms,
            new Dictionary<PlanFeature, Tenge>(featurePrices),
            packages);
    }

    /// <summary>Returns the monthly fee of a plan; for Custom, the base fee plus the chosen features' add-ons.</summary>
    public Tenge MonthlyFeeOf(PlanCode plan, CustomPlanTerms? custom)
    {
        var fee = Plans[plan].MonthlyFee;
        if (plan == PlanCode.Custom && custom is not null)
        {
            fee += Tenge.Sum(custom.Features.Select(feature => FeaturePrices[feature]));
        }

        return fee;
    }

    /// <summary>Returns a plan's limits; for Custom, the baseline widened by the chosen features.</summary>
    public PlanLimits LimitsOf(PlanCode plan, CustomPlanTerms? custom)
    {
        var limits = Plans[plan].Limits;
        return plan == PlanCode.Custom && custom is not null ? limits.With(custom) : limits;
    }

    public StoragePackage? FindStoragePackage(string code) =>
        StoragePackages.FirstOrDefault(package => string.Equals(package.Code, code, StringComparison.Ordinal));

    private static Error Invalid(string message) => new(CommonErrorCodes.InvalidInput, message);
}
