using Idocs.Billing.Invoices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Idocs.Storage.Billing.Jobs;

/// <summary>
/// Quartz job that issues every company's invoice for the month that ended last. The unique key
/// on (company, period) makes a second run, a restart mid-run or a second node issue nothing twice;
/// the clustered PostgreSQL job store also fires each trigger on one node only.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonthlyInvoiceJob(IServiceScopeFactory scopes, ILogger<MonthlyInvoiceJob> logger) : IJob
{
    public static readonly JobKey Key = new("monthly-invoices", "billing");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var issue = scope.ServiceProvider.GetRequiredService<IssueMonthlyInvoices>();
        var period = issue.LastEndedPeriod();
        var run = await issue.RunAsync(period, cancellationToken);
        if (run.Failures.Count > 0)
        {
            logger.LogWarning(
                "Monthly invoices for {BillingPeriod}: {FailedCount} companies failed and are retried on the next run",
                period.ToString(),
                run.Failures.Count);
        }
    }
}
