using Idocs.Billing.Money;
using Idocs.Billing.Plans;
using Idocs.Billing.PriceLists;
using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.PriceLists;

public class PublishPriceListTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunAsync_ByStaffForLaterDate_AddsNextVersion()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 10));

        var published = await harness.PublishPriceList.RunAsync(harness.Staff, TestPriceLists.Draft(new DateOnly(2026, 11, 15)), None);

        Assert.Equal(2, published.Value!.Version);
        Assert.Equal(harness.Staff.UserId, published.Value.PublishedBy);
        Assert.Equal(2, (await harness.PriceLists.ListAsync(None)).Count);
    }

    [Fact]
    public async Task RunAsync_StartingToday_ReturnsStartsTooEarly()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 15, 9));

        var published = await harness.PublishPriceList.RunAsync(harness.Staff, TestPriceLists.Draft(new DateOnly(2026, 11, 15)), None);

        Assert.Equal(BillingErrorCodes.PriceListStartsTooEarly, published.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_FirstVersion_MayStartInPast()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 15, 9));
        var store = new Fakes.InMemoryPriceListStore();
        var publish = new PublishPriceList(
            store, harness.Clock, harness.Options, Microsoft.Extensions.Logging.Abstractions.NullLogger<PublishPriceList>.Instance);

        var published = await publish.RunAsync(harness.Staff, TestPriceLists.Draft(new DateOnly(2026, 1, 1)), None);

        Assert.Equal(1, published.Value!.Version);
    }

    [Fact]
    public async Task RunAsync_SameStartDateTwice_ReturnsConcurrencyConflict()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 10));
        await harness.PublishPriceList.RunAsync(harness.Staff, TestPriceLists.Draft(new DateOnly(2026, 12, 1)), None);

        var again = await harness.PublishPriceList.RunAsync(harness.Staff, TestPriceLists.Draft(new DateOnly(2026, 12, 1)), None);

        Assert.Equal(CommonErrorCodes.ConcurrencyConflict, again.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_ByDirector_ReturnsForbidden()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 10));

        var published = await harness.PublishPriceList.RunAsync(harness.Director, TestPriceLists.Draft(new DateOnly(2026, 12, 1)), None);

        Assert.Equal(CommonErrorCodes.Forbidden, published.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_MissingPlanTerms_ReturnsInvalidInputNamingPlan()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 10));
        var draft = TestPriceLists.Draft(new DateOnly(2026, 12, 1));
        draft = draft with { Plans = draft.Plans.Where(terms => terms.Plan != PlanCode.Pro).ToList() };

        var published = await harness.PublishPriceList.RunAsync(harness.Staff, draft, None);

        Assert.Equal(CommonErrorCodes.InvalidInput, published.Error?.Code);
        Assert.Contains("PRO", published.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DuplicateStoragePackageCode_ReturnsInvalidInput()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 10));
        var draft = TestPriceLists.Draft(new DateOnly(2026, 12, 1));
        draft = draft with
        {
            StoragePackages = [.. draft.StoragePackages, new StoragePackage(TestPriceLists.Storage10Gb, 1, Tenge.Of(1m))],
        };

        var published = await harness.PublishPriceList.RunAsync(harness.Staff, draft, None);

        Assert.Equal(CommonErrorCodes.InvalidInput, published.Error?.Code);
        Assert.Contains(TestPriceLists.Storage10Gb, published.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ZeroMassActionSize_ReturnsInvalidInput()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 10));
        var draft = TestPriceLists.Draft(new DateOnly(2026, 12, 1));
        draft = draft with
        {
            Plans = draft.Plans.Select(terms => terms with { Limits = terms.Limits with { MaxMassActionSize = 0 } }).ToList(),
        };

        var published = await harness.PublishPriceList.RunAsync(harness.Staff, draft, None);

        Assert.Equal(CommonErrorCodes.InvalidInput, published.Error?.Code);
    }

    [Fact]
    public void InForceOn_DateBetweenVersions_ReturnsEarlierVersion()
    {
        var history = new PriceListHistory(
        [
            TestPriceLists.Version(2, new DateOnly(2026, 11, 15)),
            TestPriceLists.Version(1, new DateOnly(2026, 1, 1)),
        ]);

        var onFourteenth = history.InForceOn(new DateOnly(2026, 11, 14));
        var onFifteenth = history.InForceOn(new DateOnly(2026, 11, 15));

        Assert.Equal(1, onFourteenth.Value!.Version);
        Assert.Equal(2, onFifteenth.Value!.Version);
    }

    [Fact]
    public void MonthlyFeeOf_Custom_AddsChosenFeaturePrices()
    {
        var priceList = TestPriceLists.Version(1, new DateOnly(2026, 1, 1));
        var custom = CustomPlanTerms.Create([PlanFeature.Designer, PlanFeature.ApiAccess], null).Value!;

        var fee = priceList.MonthlyFeeOf(PlanCode.Custom, custom);

        Assert.Equal(Tenge.Of(19_000m), fee);
    }
}
