using Idocs.Billing.CustomPlans;
using Idocs.Billing.Invoices;
using Idocs.Billing.Money;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.CustomPlans;

public class ManageCustomPlanRequestsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<(BillingHarness Harness, Guid CompanyId, CustomPlanRequest Request)> PendingRequestAsync()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 11, 10, 12));
        var submitted = await harness.ManageCustomPlanRequests.SubmitAsync(
            harness.Director, companyId, [PlanFeature.Designer, PlanFeature.ExtendedMassActions], 100, null, None);
        Assert.True(submitted.IsSuccess, submitted.Error?.ToString());
        return (harness, companyId, submitted.Value);
    }

    [Fact]
    public async Task SubmitAsync_ByDirector_IsPendingForManager()
    {
        var (harness, _, request) = await PendingRequestAsync();

        var pending = await harness.ManageCustomPlanRequests.ListPendingAsync(None);

        Assert.Equal(request.Id, Assert.Single(pending).Id);
        Assert.Equal(CustomPlanRequestStatus.Pending, pending[0].Status);
    }

    [Fact]
    public async Task SubmitAsync_NoFeatures_ReturnsInvalidInput()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var submitted = await harness.ManageCustomPlanRequests.SubmitAsync(harness.Director, companyId, [], null, null, None);

        Assert.Equal(CommonErrorCodes.InvalidInput, submitted.Error?.Code);
    }

    [Fact]
    public async Task SubmitAsync_ByEmployee_ReturnsForbidden()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var submitted = await harness.ManageCustomPlanRequests.SubmitAsync(
            harness.Employee, companyId, [PlanFeature.ApiAccess], null, null, None);

        Assert.Equal(CommonErrorCodes.Forbidden, submitted.Error?.Code);
    }

    [Fact]
    public async Task ApproveAsync_StartDate_SchedulesCustomPlan()
    {
        var (harness, companyId, request) = await PendingRequestAsync();

        var approved = await harness.ManageCustomPlanRequests.ApproveAsync(harness.Staff, request.Id, new DateOnly(2026, 11, 20), None);

        Assert.True(approved.IsSuccess, approved.Error?.ToString());
        var status = (await harness.ManageSubscription.GetStatusAsync(companyId, None)).Value!;
        Assert.Equal(PlanCode.Standard, status.CurrentPlan);
        Assert.Equal(PlanCode.Custom, status.Scheduled?.Plan);
        Assert.Equal(AlmatyTime(2026, 11, 20), status.Scheduled?.EffectiveAt);
        harness.AdvanceTo(AlmatyTime(2026, 11, 20));
        Assert.True((await harness.CheckPlanLimits.CheckDesignerAsync(companyId, None)).IsSuccess);
        Assert.True((await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 100, None)).IsSuccess);
        var tooMany = await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 101, None);
        Assert.Contains("plan Custom allows mass actions on at most 100", tooMany.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(BillingErrorCodes.FeatureNotInPlan, (await harness.CheckPlanLimits.CheckApiAccessAsync(companyId, None)).Error?.Code);
    }

    [Fact]
    public async Task ApproveAsync_StartOnNovember20_SplitsFee()
    {
        var (harness, companyId, request) = await PendingRequestAsync();
        await harness.ManageCustomPlanRequests.ApproveAsync(harness.Staff, request.Id, new DateOnly(2026, 11, 20), None);
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));

        var issued = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2026, 11), None);

        var fees = issued.Value!.Invoice!.Lines.Where(line => line.Kind == InvoiceLineKind.PlanFee).ToList();
        var standard = Assert.Single(fees, line => line.Plan == PlanCode.Standard);
        Assert.Equal(19, standard.Quantity);
        Assert.Equal(Tenge.Of(6_333.33m), standard.Amount);
        var custom = Assert.Single(fees, line => line.Plan == PlanCode.Custom);
        Assert.Equal(11, custom.Quantity);
        Assert.Equal(Tenge.Of(18_000m), custom.UnitPrice);
        Assert.Equal(Tenge.Of(6_600m), custom.Amount);
    }

    [Fact]
    public async Task ApproveAsync_ByDirector_ReturnsForbidden()
    {
        var (harness, _, request) = await PendingRequestAsync();

        var approved = await harness.ManageCustomPlanRequests.ApproveAsync(harness.Director, request.Id, new DateOnly(2026, 11, 20), None);

        Assert.Equal(CommonErrorCodes.Forbidden, approved.Error?.Code);
    }

    [Fact]
    public async Task ApproveAsync_StartDateInPast_ReturnsInvalidInput()
    {
        var (harness, _, request) = await PendingRequestAsync();

        var approved = await harness.ManageCustomPlanRequests.ApproveAsync(harness.Staff, request.Id, new DateOnly(2026, 11, 9), None);

        Assert.Equal(CommonErrorCodes.InvalidInput, approved.Error?.Code);
        Assert.Contains("2026-11-09", approved.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveAsync_Twice_ReturnsRequestClosed()
    {
        var (harness, _, request) = await PendingRequestAsync();
        await harness.ManageCustomPlanRequests.ApproveAsync(harness.Staff, request.Id, new DateOnly(2026, 11, 20), None);

        var again = await harness.ManageCustomPlanRequests.ApproveAsync(harness.Staff, request.Id, new DateOnly(2026, 11, 25), None);

        Assert.Equal(BillingErrorCodes.CustomPlanRequestClosed, again.Error?.Code);
    }

    [Fact]
    public async Task RejectAsync_WithReason_ClosesRequestAndKeepsPlan()
    {
        var (harness, companyId, request) = await PendingRequestAsync();

        var rejected = await harness.ManageCustomPlanRequests.RejectAsync(harness.Staff, request.Id, "No signed agreement", None);

        Assert.Equal(CustomPlanRequestStatus.Rejected, rejected.Value!.Status);
        Assert.Empty(await harness.ManageCustomPlanRequests.ListPendingAsync(None));
        Assert.Null((await harness.ManageSubscription.GetStatusAsync(companyId, None)).Value!.Scheduled);
    }

    [Fact]
    public async Task RejectAsync_WithoutReason_ReturnsInvalidInput()
    {
        var (harness, _, request) = await PendingRequestAsync();

        var rejected = await harness.ManageCustomPlanRequests.RejectAsync(harness.Staff, request.Id, " ", None);

        Assert.Equal(CommonErrorCodes.InvalidInput, rejected.Error?.Code);
    }
}
