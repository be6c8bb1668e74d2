namespace Idocs.Billing.Subscriptions;

/// <summary>The free trial at one instant.</summary>
/// <param name="IsActive">True until <paramref name="EndsAt"/>.</param>
/// <param name="EndsAt">The instant the trial ends.</param>
/// <param name="Remaining">The time left, zero once the trial ended.</param>
public sealed record TrialStatus(bool IsActive, DateTimeOffset EndsAt, TimeSpan Remaining);
