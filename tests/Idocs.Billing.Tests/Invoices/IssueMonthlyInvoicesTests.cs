using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Invoices;

public class IssueMonthlyInvoicesTests
{
    private static readonly BillingPeriod November = new(2026, 11);
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<(BillingHarness Harness, Guid Standard, Guid Pro, Guid Trial)> ThreeCompaniesAsync()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var standard = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        var pro = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 20), PlanCode.Pro);
        harness.AdvanceTo(AlmatyTime(2026, 11, 25));
        var trial = await harness.RegisterCompanyAsync();
        await harness.SendDocumentAsync(standard, AlmatyTime(2026, 11, 26, 10));
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 0, 10));
        return (harness, standard, pro, trial);
    }

    [Fact]
    public async Task RunAsync_RunTwice_IssuesOneInvoicePerCompany()
    {
        var (harness, standard, pro, _) = await ThreeCompaniesAsync();

        var first = await harness.IssueMonthlyInvoices.RunAsync(November, None);
        var second = await harness.IssueMonthlyInvoices.RunAsync(November, None);

        Assert.Equal(2, first.Issued.Count);
        Assert.Equal(1, first.NothingToBill);
        Assert.Empty(second.Issued);
        Assert.Equal(2, second.AlreadyIssued);
        Assert.Empty(first.Failures);
        Assert.Equal(
            new[] { standard, pro }.Order(),
            harness.Invoices.All().Select(invoice => invoice.CompanyId).Order());
    }

    [Fact]
    public async Task RunAsync_TwoNodesAtOnce_IssueOneInvoicePerCompany()
    {
        var (harness, _, _, _) = await ThreeCompaniesAsync();
        using var barrier = new Barrier(2);
        harness.Invoices.InsertBarrier = barrier;

        var runs = await Task.WhenAll(
            Task.Run(() => harness.IssueMonthlyInvoices.RunAsync(November, None)),
            Task.Run(() => harness.IssueMonthlyInvoices.RunAsync(November, None)));

        Assert.Equal(2, runs.Sum(run => run.Issued.Count));
        Assert.Equal(2, runs.Sum(run => run.AlreadyIssued));
        Assert.Equal(2, harness.Invoices.All().Count);
    }

    [Fact]
    public async Task RunAsync_CompanyWithoutPriceList_RecordsFailureAndIssuesOthers()
    {
        var harness = new BillingHarness(AlmatyTime(2019, 11, 1));
        var withoutPrices = await harness.RegisterCompanyAsync();
        harness.AdvanceTo(AlmatyTime(2019, 11, 20));
        await harness.ManageSubscription.ConnectAsync(harness.Director, withoutPrices, PlanCode.Standard, null, None);
        harness.AdvanceTo(AlmatyTime(2019, 12, 1, 1));
        var trial = await harness.RegisterCompanyAsync();

        var run = await harness.IssueMonthlyInvoices.RunAsync(new BillingPeriod(2019, 11), None);

        Assert.Equal(BillingErrorCodes.NoPriceListInForce, run.Failures[withoutPrices].Code);
        Assert.False(run.Failures.ContainsKey(trial));
        Assert.Equal(1, run.NothingToBill);
    }

    [Fact]
    public async Task LastEndedPeriod_OnFirstDecemberLocal_ReturnsNovember()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 12, 1, 0, 1));

        var period = harness.IssueMonthlyInvoices.LastEndedPeriod();

        Assert.Equal(November, period);
    }
}
