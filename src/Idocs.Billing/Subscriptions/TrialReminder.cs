namespace Idocs.Billing.Subscriptions;

/// <summary>A trial reminder email that is due.</summary>
/// <param name="CompanyId">The company to remind.</param>
/// <param name="DueAt">When it became due.</param>
/// <param name="LeadTime">How long before the trial's end it is due; zero for the reminder that the trial ended.</param>
/// <param name="IdempotencyKey">
/// A key unique per company and reminder, for example <c>trial-reminder:{company}:72h</c>; the
/// outbox stores it with a unique constraint so that each reminder is sent once.
/// </param>
public sealed record TrialReminder(Guid CompanyId, DateTimeOffset DueAt, TimeSpan LeadTime, string IdempotencyKey)
{
    public bool TrialEnded => LeadTime == TimeSpan.Zero;
}
