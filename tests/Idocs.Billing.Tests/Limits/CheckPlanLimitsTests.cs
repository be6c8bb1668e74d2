using Idocs.Billing.Plans;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Limits;

public class CheckPlanLimitsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<(BillingHarness Harness, Guid CompanyId)> CompanyOnAsync(PlanCode plan)
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), plan);
        return (harness, companyId);
    }

    [Fact]
    public async Task CheckMassActionAsync_StandardAtLimit_Succeeds()
    {
        var (harness, companyId) = await CompanyOnAsync(PlanCode.Standard);

        var checkedSize = await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 30, None);

        Assert.True(checkedSize.IsSuccess, checkedSize.Error?.ToString());
    }

    [Fact]
    public async Task CheckMassActionAsync_StandardAboveLimit_NamesPlanAndLimit()
    {
        var (harness, companyId) = await CompanyOnAsync(PlanCode.Standard);

        var checkedSize = await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 31, None);

        Assert.Equal(BillingErrorCodes.MassActionLimitExceeded, checkedSize.Error?.Code);
        Assert.Contains("plan Standard", checkedSize.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("at most 30 documents", checkedSize.Error.Message, StringComparison.Ordinal);
        Assert.Contains("31", checkedSize.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckMassActionAsync_Pro_IsUnlimited()
    {
        var (harness, companyId) = await CompanyOnAsync(PlanCode.Pro);

        var checkedSize = await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 100_000, None);

        Assert.True(checkedSize.IsSuccess, checkedSize.Error?.ToString());
    }

    [Fact]
    public async Task CheckDesignerAsync_Standard_NamesPlanAndFeature()
    {
        var (harness, companyId) = await CompanyOnAsync(PlanCode.Standard);

        var designer = await harness.CheckPlanLimits.CheckDesignerAsync(companyId, None);

        Assert.Equal(BillingErrorCodes.FeatureNotInPlan, designer.Error?.Code);
        Assert.Contains("plan Standard", designer.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("route designer", designer.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckApiAccessAsync_Standard_NamesPlanAndFeature()
    {
        var (harness, companyId) = await CompanyOnAsync(PlanCode.Standard);

        var api = await harness.CheckPlanLimits.CheckApiAccessAsync(companyId, None);

        Assert.Equal(BillingErrorCodes.FeatureNotInPlan, api.Error?.Code);
        Assert.Contains("API access", api.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckDesignerAndApiAccess_Pro_Succeed()
    {
        var (harness, companyId) = await CompanyOnAsync(PlanCode.Pro);

        var designer = await harness.CheckPlanLimits.CheckDesignerAsync(companyId, None);
        var api = await harness.CheckPlanLimits.CheckApiAccessAsync(companyId, None);

        Assert.True(designer.IsSuccess, designer.Error?.ToString());
        Assert.True(api.IsSuccess, api.Error?.ToString());
    }

    [Fact]
    public async Task CheckDesignerAsync_DuringTrial_UsesTrialPlan()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1));
        var companyId = await harness.RegisterCompanyAsync();

        var designer = await harness.CheckPlanLimits.CheckDesignerAsync(companyId, None);
        var effective = await harness.CheckPlanLimits.GetEffectivePlanAsync(companyId, None);

        Assert.True(designer.IsSuccess, designer.Error?.ToString());
        Assert.Equal("PRO (free trial)", effective.Value!.Name);
    }

    [Fact]
    public async Task CheckMassActionAsync_TrialPlanConfiguredStandard_NamesTrial()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 11, 1), options => options.TrialPlan = PlanCode.Standard);
        var companyId = await harness.RegisterCompanyAsync();

        var checkedSize = await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 31, None);

        Assert.Contains("plan Standard (free trial)", checkedSize.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckMassActionAsync_RaisedLimit_AppliesFromEffectiveDate()
    {
        var (harness, companyId) = await CompanyOnAsync(PlanCode.Standard);
        var draft = TestPriceLists.Draft(new DateOnly(2026, 10, 1));
        draft = draft with
        {
            Plans = draft.Plans
                .Select(terms => terms.Plan == PlanCode.Standard ? terms with { Limits = terms.Limits with { MaxMassActionSize = 50 } } : terms)
                .ToList(),
        };
        await harness.PublishPriceList.RunAsync(harness.Staff, draft, None);
        var before = await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 50, None);
        harness.AdvanceTo(AlmatyTime(2026, 10, 1));

        var after = await harness.CheckPlanLimits.CheckMassActionAsync(companyId, 50, None);

        Assert.Equal(BillingErrorCodes.MassActionLimitExceeded, before.Error?.Code);
        Assert.True(after.IsSuccess, after.Error?.ToString());
    }
}
