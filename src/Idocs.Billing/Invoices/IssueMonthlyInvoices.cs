using Idocs.Billing.Periods;
using Idocs.Billing.Subscriptions;
using Idocs.Common.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Billing.Invoices;

/// <summary>
/// Issues every company's invoice for a period: the work of the monthly scheduled job. Running it
/// again, after a restart or on a second node, issues nothing twice, and it retries the companies
/// an earlier run missed. One company's failure is logged and does not stop the others.
/// </summary>
public sealed class IssueMonthlyInvoices(
    IBillingAccountStore accounts,
    IssueInvoice issueInvoice,
    TimeProvider clock,
    IOptions<BillingOptions> options,
    ILogger<IssueMonthlyInvoices> logger)
{
    /// <summary>
    /// Returns the period that ended most recently in the platform's default time zone: on
    /// 1 December, November.
    /// </summary>
    public BillingPeriod LastEndedPeriod()
    {
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.DefaultTimeZoneId);
        return BillingPeriod.Containing(clock.GetUtcNow(), timeZone).Previous();
    }

    public async Task<MonthlyInvoiceRun> RunAsync(BillingPeriod period, CancellationToken cancellationToken)
    {
        logger.LogInformation("Monthly invoice run for {BillingPeriod} started", period.ToString());
        var companyIds = await accounts.ListCompanyIdsAsync(cancellationToken).ConfigureAwait(false);
        var issued = new List<Invoice>();
        var alreadyIssued = 0;
        var nothingToBill = 0;
        var failures = new Dictionary<Guid, Error>();
        foreach (var companyId in companyIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Result<IssueInvoiceOutcome> outcome;
            try
            {
                outcome = await issueInvoice.RunAsync(companyId, period, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Issuing the invoice of company {CompanyId} for {BillingPeriod} failed", companyId, period.ToString());
                failures[companyId] = new Error(
                    BillingErrorCodes.InvoiceIssueFailed,
                    $"Issuing the invoice of company {companyId} for {period} failed unexpectedly; see the error log, fix the cause and run again.");
                continue;
            }

            if (!outcome.IsSuccess)
            {
                logger.LogWarning(
                    "Invoice of company {CompanyId} for {BillingPeriod} not issued: {ErrorCode}",
                    companyId,
                    period.ToString(),
                    outcome.Error.Code);
                failures[companyId] = outcome.Error;
                continue;
            }

            switch (outcome.Value.Status)
            {
                case IssueInvoiceStatus.Issued:
                    issued.Add(outcome.Value.Invoice!);
                    break;
                case IssueInvoiceStatus.AlreadyIssued:
                    alreadyIssued++;
                    break;
                default:
                    nothingToBill++;
                    break;
            }
        }

        logger.LogInformation(
            "Monthly invoice run for {BillingPeriod} finished: {IssuedCount} issued, {AlreadyIssuedCount} already issued, {NothingToBillCount} with nothing to bill, {FailedCount} failed",
            period.ToString(),
            issued.Count,
            alreadyIssued,
            nothingToBill,
            failures.Count);
        return new MonthlyInvoiceRun(period, issued, alreadyIssued, nothingToBill, failures);
    }
}
