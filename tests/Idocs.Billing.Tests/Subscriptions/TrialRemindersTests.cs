using Idocs.Billing.Plans;
using Idocs.Billing.Subscriptions;
using static Idocs.Billing.Tests.BillingHarness;

namespace Idocs.Billing.Tests.Subscriptions;

public class TrialRemindersTests
{
    private static readonly TimeSpan[] LeadTimes = [TimeSpan.FromDays(3), TimeSpan.FromDays(1)];

    private static BillingAccount TrialFrom(DateTimeOffset registeredAt) =>
        BillingAccount.Open(Guid.NewGuid(), "Asia/Almaty", registeredAt, TimeSpan.FromDays(14)).Value!;

    [Fact]
    public void Due_MidTrial_ReturnsNone()
    {
        var account = TrialFrom(AlmatyTime(2026, 11, 1, 10));

        var due = TrialReminders.Due(account, AlmatyTime(2026, 11, 5), LeadTimes);

        Assert.Empty(due);
    }

    [Fact]
    public void Due_TwoDaysBeforeEnd_ReturnsThreeDayReminder()
    {
        var account = TrialFrom(AlmatyTime(2026, 11, 1, 10));

        var due = TrialReminders.Due(account, AlmatyTime(2026, 11, 13, 10), LeadTimes);

        var reminder = Assert.Single(due);
        Assert.Equal(TimeSpan.FromDays(3), reminder.LeadTime);
        Assert.Equal(AlmatyTime(2026, 11, 12, 10), reminder.DueAt);
        Assert.Equal($"trial-reminder:{account.CompanyId}:72h", reminder.IdempotencyKey);
    }

    [Fact]
    public void Due_AfterEnd_IncludesEndedReminder()
    {
        var account = TrialFrom(AlmatyTime(2026, 11, 1, 10));

        var due = TrialReminders.Due(account, AlmatyTime(2026, 11, 15, 10), LeadTimes);

        Assert.Equal(3, due.Count);
        Assert.True(due[^1].TrialEnded);
    }

    [Fact]
    public void Due_PlanConnected_ReturnsNone()
    {
        var account = TrialFrom(AlmatyTime(2026, 11, 1, 10));
        account.Connect(PlanCode.Standard, null, Guid.NewGuid(), AlmatyTime(2026, 11, 3));

        var due = TrialReminders.Due(account, AlmatyTime(2026, 11, 20), LeadTimes);

        Assert.Empty(due);
    }

    [Fact]
    public void Due_LeadTimeLongerThanTrial_IsSkipped()
    {
        var account = TrialFrom(AlmatyTime(2026, 11, 1, 10));

        var due = TrialReminders.Due(account, AlmatyTime(2026, 11, 14), [TimeSpan.FromDays(30)]);

        Assert.Empty(due);
    }

    [Fact]
    public void ReminderLeadTimesOrDefault_NoneConfigured_ReturnsThreeDaysAndOneDay()
    {
        var options = new BillingOptions();

        var leadTimes = options.ReminderLeadTimesOrDefault();

        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.FromDays(1)], leadTimes);
    }

    [Fact]
    public void ReminderLeadTimesOrDefault_Configured_ReturnsOnlyConfigured()
    {
        var options = new BillingOptions();
        options.TrialReminderLeadTimes.Add(TimeSpan.FromDays(2));

        var leadTimes = options.ReminderLeadTimesOrDefault();

        Assert.Equal([TimeSpan.FromDays(2)], leadTimes);
    }
}
