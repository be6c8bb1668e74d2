using System.Globalization;

namespace Idocs.Billing.Subscriptions;

/// <summary>Decides which emails offering a plan are due for a company in its free trial.</summary>
public static class TrialReminders
{
    /// <summary>
    /// Returns the reminders due at <paramref name="now"/>: one per lead time before the trial ends,
    /// and one when it ends. A company that connected a plan, even one scheduled for later, gets none.
    /// Reminders due earlier are returned again, so the caller sends each once by its idempotency key.
    /// </summary>
    public static IReadOnlyList<TrialReminder> Due(BillingAccount account, DateTimeOffset now, IEnumerable<TimeSpan> leadTimes)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(leadTimes);
        if (account.Terms.Count > 0)
        {
            return [];
        }

        return leadTimes
            .Where(leadTime => leadTime > TimeSpan.Zero)
            .Append(TimeSpan.Zero)
            .Distinct()
            .Select(leadTime => (LeadTime: leadTime, DueAt: account.TrialEndsAt - leadTime))
            .Where(reminder => reminder.DueAt >= account.RegisteredAt && reminder.DueAt <= now)
            .OrderBy(reminder => reminder.DueAt)
            .Select(reminder => new TrialReminder(
                account.CompanyId,
                reminder.DueAt,
                reminder.LeadTime,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"trial-reminder:{account.CompanyId}:{(long)reminder.LeadTime.TotalHours}h")))
            .ToList();
    }
}
