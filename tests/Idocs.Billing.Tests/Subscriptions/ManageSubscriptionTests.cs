using Idocs.Billing.Actors;
using Idocs.Billing.Invoices;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Subscriptions;

public class ManageSubscriptionTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset FirstDecember = AlmatyTime(2026, 12, 1);

    [Fact]
    public async Task ChangeAsync_OnNovember10_TakesEffectDecember1()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 11, 10, 11));

        var changed = await harness.ManageSubscription.ChangeAsync(harness.Director, companyId, PlanCode.Pro, null, None);

        Assert.True(changed.IsSuccess, changed.Error?.ToString());
        Assert.Equal(PlanCode.Standard, changed.Value.CurrentPlan);
        Assert.Equal(PlanCode.Pro, changed.Value.Scheduled?.Plan);
        Assert.Equal(FirstDecember, changed.Value.Scheduled?.EffectiveAt);
        harness.AdvanceTo(FirstDecember - TimeSpan.FromSeconds(1));
        Assert.Equal(PlanCode.Standard, (await harness.ManageSubscription.GetStatusAsync(companyId, None)).Value!.CurrentPlan);
        harness.AdvanceTo(FirstDecember);
        var december = (await harness.ManageSubscription.GetStatusAsync(companyId, None)).Value!;
        Assert.Equal(PlanCode.Pro, december.CurrentPlan);
        Assert.Null(december.Scheduled);
    }

    [Fact]
    public async Task ChangeAsync_OnNovember10_NovemberBillsOldPlan()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 11, 10, 11));
        await harness.ManageSubscription.ChangeAsync(harness.Director, companyId, PlanCode.Pro, null, None);
        harness.AdvanceTo(AlmatyTime(2027, 1, 1, 1));

        var november = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2026, 11), None);
        var december = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2026, 12), None);

        var novemberFee = Assert.Single(november.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.PlanFee);
        Assert.Equal(PlanCode.Standard, novemberFee.Plan);
        var account = await harness.Accounts.FindAsync(companyId, None);
        Assert.Equal(account!.Terms[0].Id, novemberFee.SubscriptionTermId);
        Assert.Equal(Tenge.Of(10_000m), novemberFee.Amount);
        var decemberFee = Assert.Single(december.Value!.Invoice!.Lines, line => line.Kind == InvoiceLineKind.PlanFee);
        Assert.Equal(PlanCode.Pro, decemberFee.Plan);
        Assert.Equal(Tenge.Of(25_000m), decemberFee.Amount);
    }

    [Fact]
    public async Task DisableAsync_OnNovember10_TakesEffectDecember1()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 11, 10, 11));

        var disabled = await harness.ManageSubscription.DisableAsync(harness.Director, companyId, None);

        Assert.True(disabled.IsSuccess, disabled.Error?.ToString());
        Assert.Equal(PlanCode.Standard, disabled.Value.CurrentPlan);
        Assert.True(disabled.Value.Scheduled?.DisablesPlan);
        Assert.Equal(FirstDecember, disabled.Value.Scheduled?.EffectiveAt);
        harness.AdvanceTo(AlmatyTime(2026, 11, 30, 23, 59));
        Assert.True((await harness.CheckDocumentAccess.CheckAsync(companyId, DocumentOperation.SendExternal, None)).IsSuccess);
        harness.AdvanceTo(FirstDecember);
        Assert.Null((await harness.ManageSubscription.GetStatusAsync(companyId, None)).Value!.CurrentPlan);
        var sending = await harness.CheckDocumentAccess.CheckAsync(companyId, DocumentOperation.SendExternal, None);
        Assert.Equal(BillingErrorCodes.NoPlanInForce, sending.Error?.Code);
    }

    [Fact]
    public async Task DisableAsync_OnNovember10_DecemberNothingToBill()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 11, 10, 11));
        await harness.ManageSubscription.DisableAsync(harness.Director, companyId, None);
        harness.AdvanceTo(AlmatyTime(2027, 1, 1, 1));

        var november = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2026, 11), None);
        var december = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2026, 12), None);

        Assert.Equal(Tenge.Of(10_000m), november.Value!.Invoice!.Total);
        Assert.Equal(IssueInvoiceStatus.NothingToBill, december.Value!.Status);
    }

    [Theory]
    [InlineData(ActorRole.Director)]
    [InlineData(ActorRole.Admin)]
    [InlineData(ActorRole.Moderator)]
    public async Task ChangeAsync_ByBillingManagerRole_Succeeds(ActorRole role)
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var changed = await harness.ManageSubscription.ChangeAsync(new BillingActor(Guid.NewGuid(), role), companyId, PlanCode.Pro, null, None);

        Assert.True(changed.IsSuccess, changed.Error?.ToString());
    }

    [Theory]
    [InlineData(ActorRole.Employee)]
    [InlineData(ActorRole.PlatformStaff)]
    public async Task ChangeAsync_ByOtherRole_ReturnsForbidden(ActorRole role)
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var changed = await harness.ManageSubscription.ChangeAsync(new BillingActor(Guid.NewGuid(), role), companyId, PlanCode.Pro, null, None);

        Assert.Equal(CommonErrorCodes.Forbidden, changed.Error?.Code);
        Assert.Contains(role.ToString(), changed.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_DuringTrial_ScheduledForTrialEnd()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var companyId = await harness.RegisterCompanyAsync();
        harness.AdvanceTo(AlmatyTime(2026, 11, 5));

        var connected = await harness.ManageSubscription.ConnectAsync(harness.Director, companyId, PlanCode.Standard, null, None);

        Assert.Null(connected.Value!.CurrentPlan);
        Assert.Equal(PlanCode.Standard, connected.Value.Scheduled?.Plan);
        Assert.Equal(AlmatyTime(2026, 11, 15, 10), connected.Value.Scheduled?.EffectiveAt);
        Assert.True(connected.Value.Trial.IsActive);
    }

    [Fact]
    public async Task ConnectAsync_AfterTrial_TakesEffectAtOnce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1, 10));
        var companyId = await harness.RegisterCompanyAsync();
        harness.AdvanceTo(AlmatyTime(2026, 11, 20));

        var connected = await harness.ManageSubscription.ConnectAsync(harness.Director, companyId, PlanCode.Pro, null, None);

        Assert.Equal(PlanCode.Pro, connected.Value!.CurrentPlan);
        Assert.Null(connected.Value.Scheduled);
    }

    [Fact]
    public async Task ConnectAsync_AfterDisable_TakesEffectAtOnce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        await harness.ManageSubscription.DisableAsync(harness.Director, companyId, None);
        harness.AdvanceTo(AlmatyTime(2026, 11, 3));

        var connected = await harness.ManageSubscription.ConnectAsync(harness.Director, companyId, PlanCode.Pro, null, None);

        Assert.Equal(PlanCode.Pro, connected.Value!.CurrentPlan);
        Assert.True((await harness.CheckDocumentAccess.CheckAsync(companyId, DocumentOperation.SendExternal, None)).IsSuccess);
    }

    [Fact]
    public async Task ConnectAsync_PlanAlreadyInForce_ReturnsPlanAlreadyInForce()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var connected = await harness.ManageSubscription.ConnectAsync(harness.Director, companyId, PlanCode.Pro, null, None);

        Assert.Equal(BillingErrorCodes.PlanAlreadyInForce, connected.Error?.Code);
    }

    [Fact]
    public async Task ConnectAsync_Custom_ReturnsCustomPlanNeedsApproval()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var connected = await harness.ManageSubscription.ConnectAsync(harness.Director, companyId, PlanCode.Custom, null, None);

        Assert.Equal(BillingErrorCodes.CustomPlanNeedsApproval, connected.Error?.Code);
    }

    [Fact]
    public async Task ChangeAsync_BackToPlanInForce_CancelsScheduledChange()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        await harness.ManageSubscription.ChangeAsync(harness.Director, companyId, PlanCode.Pro, null, None);

        var reverted = await harness.ManageSubscription.ChangeAsync(harness.Director, companyId, PlanCode.Standard, null, None);

        Assert.True(reverted.IsSuccess, reverted.Error?.ToString());
        Assert.Null(reverted.Value.Scheduled);
    }

    [Fact]
    public async Task ChangeAsync_SamePlanNothingScheduled_Rejected()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var changed = await harness.ManageSubscription.ChangeAsync(harness.Director, companyId, PlanCode.Standard, null, None);

        Assert.Equal(BillingErrorCodes.PlanAlreadyInForce, changed.Error?.Code);
    }

    [Fact]
    public async Task ChangeAsync_WithoutPlan_ReturnsNoPlanToChange()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var changed = await harness.ManageSubscription.ChangeAsync(harness.Director, companyId, PlanCode.Pro, null, None);

        Assert.Equal(BillingErrorCodes.NoPlanToChange, changed.Error?.Code);
    }

    [Fact]
    public async Task ChangeAsync_UnknownStoragePackage_ReturnsUnknownStoragePackage()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var changed = await harness.ManageSubscription.ChangeAsync(harness.Director, companyId, PlanCode.Standard, "storage-1tb", None);

        Assert.Equal(BillingErrorCodes.UnknownStoragePackage, changed.Error?.Code);
        Assert.Contains(TestPriceLists.Storage10Gb, changed.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelScheduledChangeAsync_NothingScheduled_Rejected()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);

        var cancelled = await harness.ManageSubscription.CancelScheduledChangeAsync(harness.Director, companyId, None);

        Assert.Equal(BillingErrorCodes.NoScheduledChange, cancelled.Error?.Code);
    }

    [Fact]
    public async Task CancelScheduledChangeAsync_DisableScheduled_KeepsPlan()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        await harness.ManageSubscription.DisableAsync(harness.Director, companyId, None);

        var cancelled = await harness.ManageSubscription.CancelScheduledChangeAsync(harness.Director, companyId, None);
        harness.AdvanceTo(AlmatyTime(2026, 10, 1, 1));

        Assert.True(cancelled.IsSuccess, cancelled.Error?.ToString());
        Assert.Equal(PlanCode.Standard, (await harness.ManageSubscription.GetStatusAsync(companyId, None)).Value!.CurrentPlan);
    }

    [Fact]
    public async Task GetStatusAsync_UnknownCompany_ReturnsNotFound()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));

        var status = await harness.ManageSubscription.GetStatusAsync(Guid.NewGuid(), None);

        Assert.Equal(CommonErrorCodes.NotFound, status.Error?.Code);
    }

    [Fact]
    public async Task ChangeAsync_StaleAccountCopy_LosesToEarlierSave()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        var stale = await harness.Accounts.FindAsync(companyId, None);
        await harness.ManageSubscription.DisableAsync(harness.Director, companyId, None);
        stale!.Change(PlanCode.Pro, null, harness.Director.UserId, harness.Clock.GetUtcNow());

        var saved = await harness.Accounts.TrySaveAsync(stale, None);

        Assert.False(saved);
    }
}
