namespace Idocs.Storage.Outbox;

/// <summary>One claim request: who claims, at what time, until when, and how many messages at most.</summary>
internal sealed record OutboxClaim(string ClaimedBy, DateTimeOffset Now, DateTimeOffset ClaimedUntil, int BatchSize);
