namespace Idocs.Storage.Billing.Jobs;

/// <summary>Settings of the <c>Billing:Jobs</c> configuration section.</summary>
public sealed class BillingJobOptions
{
    public const string SectionName = "Billing:Jobs";

    /// <summary>
    /// The Quartz cron expression of the monthly invoice run, in <see cref="Idocs.Billing.BillingOptions.DefaultTimeZoneId"/>.
    /// Default every hour of the 1st of each month: the first run issues the invoices, and the later
    /// ones retry companies that failed or whose month ended later in their own time zone.
    /// </summary>
    public string InvoiceCron { get; set; } = "0 0 * 1 * ?";

    /// <summary>How often the trial emails are checked, in minutes. Default 60.</summary>
    public int TrialReminderIntervalMinutes { get; set; } = 60;
}
