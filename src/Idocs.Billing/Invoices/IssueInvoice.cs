using System.Globalization;
using Idocs.Billing.Metering;
using Idocs.Billing.Periods;
using Idocs.Billing.PriceLists;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Ids;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;

namespace Idocs.Billing.Invoices;

/// <summary>
/// Issues one company's invoice for one ended period, exactly once. The unique key on (company,
/// period) that <see cref="IInvoiceStore"/> must enforce turns a repeated or concurrent call into
/// <see cref="IssueInvoiceStatus.AlreadyIssued"/>.
/// </summary>
public sealed class IssueInvoice(
    IBillingAccountStore accounts,
    IPriceListStore priceLists,
    IMeteredUnitStore units,
    IInvoiceStore invoices,
    TimeProvider clock,
    ILogger<IssueInvoice> logger)
{
    public async Task<Result<IssueInvoiceOutcome>> RunAsync(Guid companyId, BillingPeriod period, CancellationToken cancellationToken)
    {
        var existing = await invoices.FindAsync(companyId, period, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new IssueInvoiceOutcome(IssueInvoiceStatus.AlreadyIssued, existing);
        }

        var account = await accounts.FindAsync(companyId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return BillingAccountErrors.NotFound(companyId);
        }

        var now = clock.GetUtcNow();
        var timeZone = account.GetTimeZone();
        var periodEnd = period.EndsAt(timeZone);
        if (now < periodEnd)
        {
            return new Error(
                BillingErrorCodes.PeriodNotEnded,
                $"The period {period} of company {companyId} ends at {periodEnd.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}; its invoice can be issued after that.");
        }

        var history = new PriceListHistory(await priceLists.ListAsync(cancellationToken).ConfigureAwait(false));
        var periodUnits = await units.ListAsync(companyId, period, cancellationToken).ConfigureAwait(false);
        var lines = InvoiceCalculator.Calculate(account, period, history, periodUnits);
        if (!lines.IsSuccess)
        {
            return lines.Error;
        }

        if (!lines.Value.Any(line => line.Plan is not null))
        {
            return new IssueInvoiceOutcome(IssueInvoiceStatus.NothingToBill, null);
        }

        var invoice = Invoice.Issue(IdGenerator.NewId(clock), companyId, period, account.TimeZoneId, now, lines.Value);
        if (!await invoices.TryAddAsync(invoice, cancellationToken).ConfigureAwait(false))
        {
            var winner = await invoices.FindAsync(companyId, period, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException(
                    $"The invoice store rejected the invoice of company {companyId} for {period} as a duplicate but has none.");
            return new IssueInvoiceOutcome(IssueInvoiceStatus.AlreadyIssued, winner);
        }

        logger.LogInformation(
            "Issued invoice {InvoiceId} to company {CompanyId} for {BillingPeriod}: {InvoiceTotal}",
            invoice.Id,
            companyId,
            period.ToString(),
            invoice.Total.ToString());
        return new IssueInvoiceOutcome(IssueInvoiceStatus.Issued, invoice);
    }
}
