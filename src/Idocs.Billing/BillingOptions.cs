using Idocs.Billing.Periods;
using Idocs.Billing.Plans;

namespace Idocs.Billing;

/// <summary>Settings of the <c>Billing</c> configuration section.</summary>
public sealed class BillingOptions
{
    public const string SectionName = "Billing";

    /// <summary>How long the free trial runs after registration. Default 14 days.</summary>
    public TimeSpan TrialLength { get; set; } = TimeSpan.FromDays(14);

    /// <summary>The plan whose features and limits apply during the trial. Default PRO, so customers can try everything.</summary>
    public PlanCode TrialPlan { get; set; } = PlanCode.Pro;

    /// <summary>
    /// How long before the trial ends the reminders offering a plan are due. Empty means 3 days and
    /// 1 day; a last reminder is always due when the trial ends.
    /// </summary>
    /// <remarks>
    /// The default lives in <see cref="ReminderLeadTimesOrDefault"/> and not in the initializer,
    /// because configuration binding appends configured items to a list's existing items.
    /// </remarks>
    public IList<TimeSpan> TrialReminderLeadTimes { get; } = [];

    /// <summary>Returns the configured reminder lead times, or 3 days and 1 day when none are configured.</summary>
    public IReadOnlyList<TimeSpan> ReminderLeadTimesOrDefault() =>
        TrialReminderLeadTimes.Count > 0 ? [.. TrialReminderLeadTimes] : [TimeSpan.FromDays(3), TimeSpan.FromDays(1)];

    /// <summary>The IANA time zone of a company that did not choose one.</summary>
    public string DefaultTimeZoneId { get; set; } = LocalCalendar.DefaultTimeZoneId;

    /// <summary>
    /// The share of the storage package (0 to 1) at which the cabinet warns that it is nearly full.
    /// Default 0.9, that is 90 %.
    /// </summary>
    public decimal StorageWarningThreshold { get; set; } = 0.9m;

    /// <summary>The maximum number of extra billing contact emails per company. Default 10.</summary>
    public int MaxBillingContacts { get; set; } = 10;
}
