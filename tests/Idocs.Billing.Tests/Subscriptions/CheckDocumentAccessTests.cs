using Idocs.Billing.Plans;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Subscriptions;

public class CheckDocumentAccessTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CheckAsync_TrialActive_AllowsSending()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var companyId = await harness.RegisterCompanyAsync();
        harness.AdvanceTo(AlmatyTime(2026, 11, 15, 9, 59));

        var sending = await harness.CheckDocumentAccess.CheckAsync(companyId, DocumentOperation.SendExternal, None);

        Assert.True(sending.IsSuccess, sending.Error?.ToString());
    }

    [Fact]
    public async Task CheckAsync_TrialEndedWithoutPlan_BlocksSending()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var companyId = await harness.RegisterCompanyAsync();
        harness.AdvanceTo(AlmatyTime(2026, 11, 15, 10));

        var sending = await harness.CheckDocumentAccess.CheckAsync(companyId, DocumentOperation.SendExternal, None);

        Assert.Equal(BillingErrorCodes.TrialEndedWithoutPlan, sending.Error?.Code);
        Assert.Contains("2026-11-15 10:00", sending.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("choose a plan", sending.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentOperation.Receive)]
    [InlineData(DocumentOperation.View)]
    [InlineData(DocumentOperation.Download)]
    public async Task CheckAsync_TrialEndedWithoutPlan_AllowsReceivingViewingDownloading(DocumentOperation operation)
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var companyId = await harness.RegisterCompanyAsync();
        harness.AdvanceTo(AlmatyTime(2026, 12, 20));

        var allowed = await harness.CheckDocumentAccess.CheckAsync(companyId, operation, None);

        Assert.True(allowed.IsSuccess, allowed.Error?.ToString());
    }

    [Fact]
    public async Task CheckAsync_PlanConnectedAfterTrial_AllowsSending()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var sending = await harness.CheckDocumentAccess.CheckAsync(companyId, DocumentOperation.SendExternal, None);

        Assert.True(sending.IsSuccess, sending.Error?.ToString());
    }

    [Fact]
    public async Task CheckAsync_UnknownCompany_ReturnsNotFound()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));

        var sending = await harness.CheckDocumentAccess.CheckAsync(Guid.NewGuid(), DocumentOperation.SendExternal, None);

        Assert.Equal(CommonErrorCodes.NotFound, sending.Error?.Code);
    }
}
