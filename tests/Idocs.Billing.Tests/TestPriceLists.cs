using Idocs.Billing.Money;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;

namespace Idocs.Billing.Tests;

/// <summary>
/// Price lists for tests, in KZT. Standard costs 10 000 a month and 50 a document, with mass
/// actions up to 30. PRO costs 25 000 and 40, unlimited, with the designer and the API. Custom
/// starts at Standard's prices, and its add-ons cost 5 000 (designer), 4 000 (API) and 3 000
/// (extended mass actions). Storage packages: 10 GiB for 3 000 and 50 GiB for 9 000.
/// </summary>
public static class TestPriceLists
{
    public const string Storage10Gb = "storage-10gb";
    public const string Storage50Gb = "storage-50gb";
    public const long GiB = 1024L * 1024 * 1024;

    public static readonly PlanLimits StandardLimits = new(30, Designer: false, ApiAccess: false);
    public static readonly PlanLimits ProLimits = new(null, Designer: true, ApiAccess: true);

    public static PriceListDraft Draft(
        DateOnly effectiveFrom,
        decimal standardFee = 10_000m,
        decimal standardDocumentPrice = 50m,
        decimal proFee = 25_000m,
        decimal proDocumentPrice = 40m) =>
        new(
            effectiveFrom,
            [
                new PlanTerms(PlanCode.Standard, Tenge.Of(standardFee), Tenge.Of(standardDocumentPrice), StandardLimits),
                new PlanTerms(PlanCode.Pro, Tenge.Of(proFee), Tenge.Of(proDocumentPrice), ProLimits),
                new PlanTerms(PlanCode.Custom, Tenge.Of(standardFee), Tenge.Of(standardDocumentPrice), StandardLimits),
            ],
            new Dictionary<PlanFeature, Tenge>
            {
                [PlanFeature.Designer] = Tenge.Of(5_000m),
                [PlanFeature.ApiAccess] = Tenge.Of(4_000m),
                [PlanFeature.ExtendedMassActions] = Tenge.Of(3_000m),
            },
            [
                new StoragePackage(Storage10Gb, 10 * GiB, Tenge.Of(3_000m)),
                new StoragePackage(Storage50Gb, 50 * GiB, Tenge.Of(9_000m)),
            ]);

    /// <summary>Builds a version directly, as seeded data, bypassing the publishing rules.</summary>
    public static PriceList Version(int version, DateOnly effectiveFrom, decimal standardFee = 10_000m, decimal standardDocumentPrice = 50m)
    {
        var draft = Draft(effectiveFrom, standardFee, standardDocumentPrice);
        var created = PriceList.Create(
            Guid.NewGuid(),
            version,
            effectiveFrom,
            new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero),
            Guid.NewGuid(),
            draft.Plans,
            draft.FeaturePrices,
            draft.StoragePackages);
        return created.IsSuccess ? created.Value : throw new InvalidOperationException(created.Error.ToString());
    }
}
