using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Subscriptions;

public class OpenBillingAccountTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RunAsync_ConfiguredTrialLength_SetsTrialEnd()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10), options => options.TrialLength = TimeSpan.FromDays(30));

        var opened = await harness.OpenBillingAccount.RunAsync(Guid.NewGuid(), null, None);

        Assert.Equal(AlmatyTime(2026, 12, 1, 10), opened.Value!.TrialEndsAt);
        Assert.Equal("Asia/Almaty", opened.Value.TimeZoneId);
    }

    [Fact]
    public async Task RunAsync_Repeated_KeepsFirstTrial()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var companyId = Guid.NewGuid();
        await harness.OpenBillingAccount.RunAsync(companyId, null, None);
        harness.AdvanceTo(AlmatyTime(2026, 11, 10));

        var again = await harness.OpenBillingAccount.RunAsync(companyId, null, None);

        Assert.Equal(BillingErrorCodes.AccountAlreadyExists, again.Error?.Code);
        Assert.Equal(AlmatyTime(2026, 11, 15, 10), (await harness.Accounts.FindAsync(companyId, None))!.TrialEndsAt);
    }

    [Fact]
    public async Task RunAsync_UnknownTimeZone_ReturnsInvalidInputNamingIt()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));

        var opened = await harness.OpenBillingAccount.RunAsync(Guid.NewGuid(), "Asia/Atlantis", None);

        Assert.Equal(CommonErrorCodes.InvalidInput, opened.Error?.Code);
        Assert.Contains("Asia/Atlantis", opened.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTrialStatus_MidTrial_ReportsRemainingTime()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var opened = await harness.OpenBillingAccount.RunAsync(Guid.NewGuid(), null, None);

        var status = opened.Value!.GetTrialStatus(AlmatyTime(2026, 11, 11, 10));

        Assert.True(status.IsActive);
        Assert.Equal(TimeSpan.FromDays(4), status.Remaining);
    }

    [Fact]
    public async Task GetTrialStatus_AfterEnd_ReportsEnded()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var opened = await harness.OpenBillingAccount.RunAsync(Guid.NewGuid(), null, None);

        var status = opened.Value!.GetTrialStatus(AlmatyTime(2026, 11, 16));

        Assert.False(status.IsActive);
        Assert.Equal(TimeSpan.Zero, status.Remaining);
    }
}
