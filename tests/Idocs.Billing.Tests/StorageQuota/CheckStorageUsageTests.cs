using Idocs.Billing.Plans;
using Idocs.Billing.StorageQuota;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.StorageQuota;

public class CheckStorageUsageTests
{
    private const long GiB = TestPriceLists.GiB;
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<(BillingHarness Harness, Guid CompanyId)> CompanyWithTenGbAsync(Action<BillingOptions>? configure = null)
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1), configure);
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard, TestPriceLists.Storage10Gb);
        return (harness, companyId);
    }

    [Fact]
    public async Task MeasureAsync_BelowThreshold_ReportsNormal()
    {
        var (harness, companyId) = await CompanyWithTenGbAsync();
        harness.StorageUsage.Set(companyId, 5 * GiB);

        var usage = await harness.CheckStorageUsage.MeasureAsync(companyId, None);

        Assert.Equal(StorageUsageLevel.Normal, usage.Value!.Level);
        Assert.Equal(0.5m, usage.Value.UsedShare);
        Assert.Equal(10 * GiB, usage.Value.LimitBytes);
    }

    [Fact]
    public async Task MeasureAsync_AtDefaultThreshold_WarnsNearLimit()
    {
        var (harness, companyId) = await CompanyWithTenGbAsync();
        harness.StorageUsage.Set(companyId, 9 * GiB);

        var usage = await harness.CheckStorageUsage.MeasureAsync(companyId, None);

        Assert.Equal(StorageUsageLevel.NearLimit, usage.Value!.Level);
    }

    [Fact]
    public async Task MeasureAsync_ConfiguredHigherThreshold_StaysNormal()
    {
        var (harness, companyId) = await CompanyWithTenGbAsync(options => options.StorageWarningThreshold = 0.95m);
        harness.StorageUsage.Set(companyId, 9 * GiB);

        var usage = await harness.CheckStorageUsage.MeasureAsync(companyId, None);

        Assert.Equal(StorageUsageLevel.Normal, usage.Value!.Level);
    }

    [Fact]
    public async Task MeasureAsync_AbovePackage_ReportsOverLimit()
    {
        var (harness, companyId) = await CompanyWithTenGbAsync();
        harness.StorageUsage.Set(companyId, (10 * GiB) + 1);

        var usage = await harness.CheckStorageUsage.MeasureAsync(companyId, None);

        Assert.Equal(StorageUsageLevel.OverLimit, usage.Value!.Level);
    }

    [Fact]
    public async Task CheckFitsAsync_FileExceedsPackage_ReturnsStorageLimitExceeded()
    {
        var (harness, companyId) = await CompanyWithTenGbAsync();
        harness.StorageUsage.Set(companyId, (10 * GiB) - 100);

        var fits = await harness.CheckStorageUsage.CheckFitsAsync(companyId, 101, None);

        Assert.Equal(BillingErrorCodes.StorageLimitExceeded, fits.Error?.Code);
        Assert.Contains(TestPriceLists.Storage10Gb, fits.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckFitsAsync_FileFillsPackageExactly_Succeeds()
    {
        var (harness, companyId) = await CompanyWithTenGbAsync();
        harness.StorageUsage.Set(companyId, (10 * GiB) - 100);

        var fits = await harness.CheckStorageUsage.CheckFitsAsync(companyId, 100, None);

        Assert.True(fits.IsSuccess, fits.Error?.ToString());
    }

    [Fact]
    public async Task MeasureAsync_NoPackage_ReturnsNoStoragePackage()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var usage = await harness.CheckStorageUsage.MeasureAsync(companyId, None);

        Assert.Equal(BillingErrorCodes.NoStoragePackage, usage.Error?.Code);
    }
}
