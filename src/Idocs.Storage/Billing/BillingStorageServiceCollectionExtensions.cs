using Idocs.Billing;
using Idocs.Billing.CustomPlans;
using Idocs.Billing.Invoices;
using Idocs.Billing.Metering;
using Idocs.Billing.PriceLists;
using Idocs.Billing.StorageQuota;
using Idocs.Billing.Subscriptions;
using Idocs.PrintForms;
using Idocs.Storage.Billing.Email;
using Idocs.Storage.Billing.Jobs;
using Idocs.Storage.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Idocs.Storage.Billing;

public static class BillingStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the billing services with their EF stores, the invoice PDF, the billing emails
    /// (an outbox handler that sends through <see cref="BillingMailSender"/>), the account opened at
    /// each registration, and the company directory over the accounts area's stores. Call after <c>AddIdocsStorage</c>, and register the
    /// jobs with <see cref="AddBillingJobs"/> in the <c>AddIdocsScheduler</c> hook.
    /// </summary>
    public static IServiceCollection AddIdocsBillingStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddBilling();
        services.Configure<BillingOptions>(configuration.GetSection(BillingOptions.SectionName));
        services.Configure<BillingMailOptions>(configuration.GetSection(BillingMailOptions.SectionName));
        services.AddPrintForms();

        services.TryAddScoped<IBillingAccountStore, EntityFrameworkBillingAccountStore>();
        services.TryAddScoped<IPriceListStore, EntityFrameworkPriceListStore>();
        services.TryAddScoped<IMeteredUnitStore, EntityFrameworkMeteredUnitStore>();
        services.TryAddScoped<IInvoiceStore, EntityFrameworkInvoiceStore>();
        services.TryAddScoped<ICustomPlanRequestStore, EntityFrameworkCustomPlanRequestStore>();
        services.TryAddScoped<IStorageUsageReader, UnmeasuredStorageUsageReader>();
        services.TryAddScoped<IBillingCompanyDirectory, DocumentsBillingCompanyDirectory>();

        services.AddScoped<RenderInvoicePdf>();
        services.AddScoped<QueueTrialReminders>();
        services.AddSingleton<BillingMailSender>();
        services.AddOutboxHandler<BillingEmailHandler>();
        services.AddOutboxHandler<ProfileRegisteredBillingHandler>();
        return services;
    }

    /// <summary>
    /// Adds the monthly invoice job (cron <see cref="BillingJobOptions.InvoiceCron"/> in the billing
    /// default time zone) and the trial email job. Pass it to <c>AddIdocsScheduler</c>.
    /// </summary>
    public static IQuartzBuilder AddBillingJobs(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(configuration);
        var jobs = configuration.GetSection(BillingJobOptions.SectionName).Get<BillingJobOptions>() ?? new BillingJobOptions();
        var billing = configuration.GetSection(BillingOptions.SectionName).Get<BillingOptions>() ?? new BillingOptions();
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(billing.DefaultTimeZoneId);
        try
        {
            _ = new CronExpression(jobs.InvoiceCron);
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException(
                $"Billing:Jobs:InvoiceCron '{jobs.InvoiceCron}' is not a valid Quartz cron expression ({exception.Message}); the default is '0 0 * 1 * ?'.",
                exception);
        }

        quartz.ScheduleJob<MonthlyInvoiceJob>(
            trigger => trigger
                .WithIdentity("monthly-invoices-trigger", MonthlyInvoiceJob.Key.Group)
                .WithCronSchedule(jobs.InvoiceCron, cron => cron.InTimeZone(timeZone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
            job => job.WithIdentity(MonthlyInvoiceJob.Key));

        var interval = TimeSpan.FromMinutes(Math.Max(1, jobs.TrialReminderIntervalMinutes));
        quartz.ScheduleJob<TrialReminderJob>(
            trigger => trigger
                .WithIdentity("trial-reminders-trigger", TrialReminderJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity(TrialReminderJob.Key));
        return quartz;
    }
}
