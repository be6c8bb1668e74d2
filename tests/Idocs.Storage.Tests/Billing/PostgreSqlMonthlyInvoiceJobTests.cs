using Idocs.Billing.Invoices;
using Idocs.Billing.Plans;
using Idocs.Storage.Billing;
using Idocs.Storage.Billing.Email;
using Idocs.Storage.Billing.Jobs;
using Idocs.Storage.Scheduling;
using Idocs.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using static Idocs.Storage.Tests.Billing.BillingStorageHarness;

namespace Idocs.Storage.Tests.Billing;

/// <summary>
/// The monthly invoice run on two nodes of one PostgreSQL database: two Quartz schedulers on the
/// clustered job store, and two service providers issuing at the same moment.
/// </summary>
public sealed class PostgreSqlMonthlyInvoiceJobTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    private const int CompanyCount = 5;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MonthlyInvoiceJob_TwoNodesAtOnceThenAgain_IssuesOneInvoicePerCompany()
    {
        database.SkipIfUnavailable();
        var clock = new FakeTimeProvider(Local(2026, 10, 1, 9));
        await using var seeding = Create(database, clock.GetUtcNow(), Settings(), clock);
        var companies = await SeedCompaniesAsync(seeding, 2026);
        clock.SetUtcNow(Local(2026, 12, 1, 1));
        var counter = new JobRunCounter(MonthlyInvoiceJob.Key);
        using var nodeA = BuildNode(clock, seeding.Directory, counter);
        using var nodeB = BuildNode(clock, seeding.Directory, counter);
        await nodeA.StartAsync(Token);
        await nodeB.StartAsync(Token);
        var schedulerA = await nodeA.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Token);
        var schedulerB = await nodeB.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Token);
        var metadataA = await schedulerA.GetMetadata(Token);
        var metadataB = await schedulerB.GetMetadata(Token);

        await Task.WhenAll(schedulerA.TriggerJob(MonthlyInvoiceJob.Key, Token).AsTask(), schedulerB.TriggerJob(MonthlyInvoiceJob.Key, Token).AsTask());
        await counter.WaitForRunsAsync(2, TimeSpan.FromSeconds(90), Token);
        await schedulerB.TriggerJob(MonthlyInvoiceJob.Key, Token);
        await counter.WaitForRunsAsync(3, TimeSpan.FromSeconds(90), Token);
        await nodeA.StopAsync(Token);
        await nodeB.StopAsync(Token);

        Assert.True(metadataA.JobStoreClustered);
        Assert.True(metadataB.JobStoreClustered);
        Assert.NotEqual(metadataA.SchedulerInstanceId, metadataB.SchedulerInstanceId);
        foreach (var companyId in companies)
        {
            var invoice = Assert.Single(await seeding.ListInvoicesAsync(companyId));
            Assert.Equal(new Idocs.Billing.Periods.BillingPeriod(2026, 11), invoice.Period);
        }

        Assert.Equal(companies.Count, await CountInvoiceEmailsAsync(companies));
    }

    [Fact]
    public async Task IssueMonthlyInvoices_TwoNodesAtOnceThenAgain_IssuesOneInvoicePerCompany()
    {
        database.SkipIfUnavailable();
        var clock = new FakeTimeProvider(Local(2028, 10, 1, 9));
        await using var nodeA = Create(database, clock.GetUtcNow(), Settings(), clock);
        await using var nodeB = Create(database, clock.GetUtcNow(), Settings(), clock);
        var companies = await SeedCompaniesAsync(nodeA, 2028);
        foreach (var companyId in companies)
        {
            nodeB.Directory.Set(companyId, new BillingCompanyRequisites("ТОО «Тест»", "123456789012", null, null), []);
        }

        clock.SetUtcNow(Local(2028, 12, 1, 1));

        var concurrent = await Task.WhenAll(
            nodeA.RunMonthlyInvoicesAsync(), nodeB.RunMonthlyInvoicesAsync(), nodeA.RunMonthlyInvoicesAsync(), nodeB.RunMonthlyInvoicesAsync());
        var again = await nodeA.RunMonthlyInvoicesAsync();

        var issuedForOurs = concurrent.Sum(run => run.Issued.Count(invoice => companies.Contains(invoice.CompanyId)));
        Assert.Equal(companies.Count, issuedForOurs);
        Assert.DoesNotContain(again.Issued, invoice => companies.Contains(invoice.CompanyId));
        foreach (var companyId in companies)
        {
            Assert.Single(await nodeA.ListInvoicesAsync(companyId));
        }

        Assert.Equal(companies.Count, await CountInvoiceEmailsAsync(companies));
    }

    /// <summary>Keeps the outbox dispatcher idle, so the test can count the queued invoice emails.</summary>
    private static Dictionary<string, string?> Settings() => new() { ["Outbox:PollInterval"] = "01:00:00" };

    private static async Task<List<Guid>> SeedCompaniesAsync(BillingStorageHarness billing, int year)
    {
        await billing.EnsurePriceListAsync();

        billing.SetNow(Local(year, 10, 1, 9));
        var companies = new List<Guid>();
        for (var index = 0; index < CompanyCount; index++)
        {
            companies.Add(await billing.OpenCompanyAsync());
        }

        billing.SetNow(Local(year, 10, 20));
        for (var index = 0; index < CompanyCount; index++)
        {
            await billing.ConnectAsync(companies[index], PlanCode.Standard);
            await billing.SendAsync(companies[index], Local(year, 11, 3 + index, 12));
        }

        return companies;
    }

    private async Task<int> CountInvoiceEmailsAsync(IReadOnlyCollection<Guid> companies)
    {
        await using var context = database.CreateDbContext();
        var payloads = await context.OutboxMessages.AsNoTracking()
            .Where(message => message.Type == BillingEmailRequest.MessageType)
            .Select(message => message.Payload)
            .ToListAsync(Token);
        return payloads.Count(payload =>
            payload.Contains(nameof(BillingEmailKind.InvoiceIssued), StringComparison.Ordinal)
            && companies.Any(companyId => payload.Contains(companyId.ToString(), StringComparison.Ordinal)));
    }

    private IHost BuildNode(FakeTimeProvider clock, FixedCompanyDirectory directory, JobRunCounter counter)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(database.CreateConfiguration(Settings()));
        builder.Logging.AddProvider(database.Logs);
        builder.Services.AddIdocsStorage(builder.Configuration);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        builder.Services.AddSingleton<IBillingCompanyDirectory>(directory);
        builder.Services.AddIdocsBillingStorage(builder.Configuration);
        builder.Services.AddIdocsScheduler(builder.Configuration, quartz =>
        {
            // Quartz keeps real time; only billing reads the fixed clock.
            quartz.UseTimeProvider(TimeProvider.System);
            quartz.AddBillingJobs(builder.Configuration);
            quartz.AddJobListener(counter, [Matchers.Key(MonthlyInvoiceJob.Key)]);
        });
        return builder.Build();
    }
}
