using Idocs.Billing.Metering;
using Idocs.Billing.Periods;
using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Metering;

public class RecordDispatchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunAsync_PackageOfThreeFiles_RecordsThreeUnits()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();
        var fileIds = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        var recorded = await harness.RecordDispatch.RunAsync(
            ExternalDispatch.OfPackage(companyId, Guid.NewGuid(), fileIds, AlmatyTime(2026, 11, 2)), None);

        Assert.Equal(3, recorded.Value!.UnitsRecorded);
        Assert.Equal(3, harness.Units.All().Count);
    }

    [Fact]
    public async Task RunAsync_RetriedDispatch_CountsOnce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();
        var dispatch = ExternalDispatch.OfDocument(companyId, Guid.NewGuid(), AlmatyTime(2026, 11, 2));
        await harness.RecordDispatch.RunAsync(dispatch, None);

        var retried = await harness.RecordDispatch.RunAsync(dispatch with { SentAt = AlmatyTime(2026, 12, 2) }, None);

        Assert.Equal(0, retried.Value!.UnitsRecorded);
        Assert.Equal(1, retried.Value.UnitsAlreadyRecorded);
        var unit = Assert.Single(harness.Units.All());
        Assert.Equal(new BillingPeriod(2026, 11), unit.Period);
    }

    [Fact]
    public async Task RunAsync_ConcurrentRetries_CountOnce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();
        var dispatch = ExternalDispatch.OfPackage(
            companyId, Guid.NewGuid(), [Guid.NewGuid(), Guid.NewGuid()], AlmatyTime(2026, 11, 2));

        var results = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => Task.Run(() => harness.RecordDispatch.RunAsync(dispatch, None))));

        Assert.Equal(2, results.Sum(result => result.Value!.UnitsRecorded));
        Assert.Equal(2, harness.Units.All().Count);
    }

    [Fact]
    public async Task RunAsync_DuplicateFileIds_CountEachOnce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();
        var file = Guid.NewGuid();

        var recorded = await harness.RecordDispatch.RunAsync(
            ExternalDispatch.OfPackage(companyId, Guid.NewGuid(), [file, file], AlmatyTime(2026, 11, 2)), None);

        Assert.Equal(1, recorded.Value!.UnitsRecorded);
    }

    [Theory]
    [InlineData("2026-11-30T18:30:00Z", 2026, 11)]
    [InlineData("2026-11-30T19:00:00Z", 2026, 12)]
    [InlineData("2024-02-29T17:30:00Z", 2024, 2)]
    [InlineData("2024-02-29T18:30:00Z", 2024, 2)]
    [InlineData("2024-02-29T18:59:59Z", 2024, 2)]
    [InlineData("2024-02-29T19:00:00Z", 2024, 3)]
    [InlineData("2024-01-31T17:59:59Z", 2024, 1)]
    [InlineData("2024-01-31T18:00:00Z", 2024, 2)]
    public async Task RunAsync_SentAtInstant_FallsInAlmatyLocalPeriod(string sentAtUtc, int year, int month)
    {
        var harness = new BillingHarness(AlmatyTime(2023, 12, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var recorded = await harness.RecordDispatch.RunAsync(
            ExternalDispatch.OfDocument(companyId, Guid.NewGuid(), DateTimeOffset.Parse(sentAtUtc, System.Globalization.CultureInfo.InvariantCulture)),
            None);

        Assert.Equal(new BillingPeriod(year, month), recorded.Value!.Period);
    }

    [Fact]
    public async Task RunAsync_CompanyInOtherTimeZone_UsesItsPeriod()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var almatyCompany = await harness.RegisterCompanyAsync();
        var utcCompany = await harness.RegisterCompanyAsync("Etc/UTC");
        var sentAt = new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);

        var almaty = await harness.RecordDispatch.RunAsync(ExternalDispatch.OfDocument(almatyCompany, Guid.NewGuid(), sentAt), None);
        var utc = await harness.RecordDispatch.RunAsync(ExternalDispatch.OfDocument(utcCompany, Guid.NewGuid(), sentAt), None);

        Assert.Equal(new BillingPeriod(2026, 12), almaty.Value!.Period);
        Assert.Equal(new BillingPeriod(2026, 11), utc.Value!.Period);
    }

    [Fact]
    public async Task RunAsync_NoFiles_ReturnsInvalidInput()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var recorded = await harness.RecordDispatch.RunAsync(
            ExternalDispatch.OfPackage(companyId, Guid.NewGuid(), [], AlmatyTime(2026, 11, 2)), None);

        Assert.Equal(CommonErrorCodes.InvalidInput, recorded.Error?.Code);
        Assert.Empty(harness.Units.All());
    }

    [Fact]
    public async Task RunAsync_UnknownCompany_ReturnsNotFound()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));

        var recorded = await harness.RecordDispatch.RunAsync(
            ExternalDispatch.OfDocument(Guid.NewGuid(), Guid.NewGuid(), AlmatyTime(2026, 11, 2)), None);

        Assert.Equal(CommonErrorCodes.NotFound, recorded.Error?.Code);
    }
}
