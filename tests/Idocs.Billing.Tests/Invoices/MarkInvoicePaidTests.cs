using Idocs.Billing.Invoices;
using Idocs.Billing.Periods;
using Idocs.Billing.Plans;
using Idocs.Common.Results;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Invoices;

public class MarkInvoicePaidTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<(BillingHarness Harness, Invoice Invoice)> IssuedInvoiceAsync()
    {
        var harness = new BillingHarness(AlmatyTime(2026, 9, 1));
        var companyId = await harness.RegisterCompanyOnPlanAsync(AlmatyTime(2026, 9, 1), PlanCode.Standard);
        harness.AdvanceTo(AlmatyTime(2026, 12, 1, 1));
        var issued = await harness.IssueInvoice.RunAsync(companyId, new BillingPeriod(2026, 11), None);
        return (harness, issued.Value!.Invoice!);
    }

    [Fact]
    public async Task RunAsync_ByStaff_StoresPayment()
    {
        var (harness, invoice) = await IssuedInvoiceAsync();

        var marked = await harness.MarkInvoicePaid.RunAsync(harness.Staff, invoice.Id, new DateOnly(2026, 12, 5), " PP-1234 ", None);

        Assert.True(marked.IsSuccess, marked.Error?.ToString());
        var stored = await harness.Invoices.FindByIdAsync(invoice.Id, None);
        Assert.Equal(InvoiceStatus.Paid, stored!.Status);
        Assert.Equal(new DateOnly(2026, 12, 5), stored.PaidOn);
        Assert.Equal("PP-1234", stored.PaymentReference);
        Assert.Equal(harness.Staff.UserId, stored.PaymentMarkedBy);
    }

    [Fact]
    public async Task RunAsync_AlreadyPaid_ReturnsInvoiceAlreadyPaid()
    {
        var (harness, invoice) = await IssuedInvoiceAsync();
        await harness.MarkInvoicePaid.RunAsync(harness.Staff, invoice.Id, new DateOnly(2026, 12, 5), null, None);

        var again = await harness.MarkInvoicePaid.RunAsync(harness.Staff, invoice.Id, new DateOnly(2026, 12, 6), null, None);

        Assert.Equal(BillingErrorCodes.InvoiceAlreadyPaid, again.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_ByDirector_ReturnsForbidden()
    {
        var (harness, invoice) = await IssuedInvoiceAsync();

        var marked = await harness.MarkInvoicePaid.RunAsync(harness.Director, invoice.Id, new DateOnly(2026, 12, 5), null, None);

        Assert.Equal(CommonErrorCodes.Forbidden, marked.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_UnknownInvoice_ReturnsNotFound()
    {
        var (harness, _) = await IssuedInvoiceAsync();

        var marked = await harness.MarkInvoicePaid.RunAsync(harness.Staff, Guid.NewGuid(), new DateOnly(2026, 12, 5), null, None);

        Assert.Equal(CommonErrorCodes.NotFound, marked.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_StaleCopy_ReturnsConcurrencyConflict()
    {
        var (harness, invoice) = await IssuedInvoiceAsync();
        var stale = await harness.Invoices.FindByIdAsync(invoice.Id, None);
        await harness.MarkInvoicePaid.RunAsync(harness.Staff, invoice.Id, new DateOnly(2026, 12, 5), null, None);
        stale!.MarkPaid(new DateOnly(2026, 12, 7), null, harness.Staff.UserId, harness.Clock.GetUtcNow());

        var saved = await harness.Invoices.TrySaveAsync(stale, None);

        Assert.False(saved);
    }

    [Fact]
    public async Task ListInvoices_ByEmployee_ReturnsForbidden()
    {
        var (harness, invoice) = await IssuedInvoiceAsync();

        var listed = await harness.ListInvoices.RunAsync(harness.Employee, invoice.CompanyId, None);

        Assert.Equal(CommonErrorCodes.Forbidden, listed.Error?.Code);
    }

    [Fact]
    public async Task ListInvoices_ByDirector_ReturnsCompanyInvoices()
    {
        var (harness, invoice) = await IssuedInvoiceAsync();

        var listed = await harness.ListInvoices.RunAsync(harness.Director, invoice.CompanyId, None);

        Assert.Equal(invoice.Id, Assert.Single(listed.Value!).Id);
    }
}
