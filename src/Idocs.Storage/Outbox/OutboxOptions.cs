namespace Idocs.Storage.Outbox;

/// <summary>Outbox dispatcher settings, bound from the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Whether this node runs the dispatcher. Any number of PostgreSQL nodes may.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Wait between polls when the last poll found no due message.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages claimed by one poll.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts after which a failing message moves to the dead letters.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the first retry; each further retry doubles it.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound of the retry delay.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a claim lasts. A dispatcher that dies releases its messages when this ends, so it
    /// must exceed the time one batch takes to deliver.
    /// </summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);
}
