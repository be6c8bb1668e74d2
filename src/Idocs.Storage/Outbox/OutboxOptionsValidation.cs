namespace Idocs.Storage.Outbox;

/// <summary>Range checks for <see cref="OutboxOptions"/>, applied when the host starts.</summary>
public static class OutboxOptionsValidation
{
    public const string Rules =
        "Invalid Outbox settings: BatchSize and MaxAttempts must be at least 1, PollInterval, BaseBackoff " +
        "and ClaimDuration must be positive, and MaxBackoff must not be less than BaseBackoff.";

    public static bool IsValid(OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        return options.BatchSize >= 1
            && options.MaxAttempts >= 1
            && options.PollInterval > TimeSpan.Zero
            && options.BaseBackoff > TimeSpan.Zero
            && options.ClaimDuration > TimeSpan.Zero
            && options.MaxBackoff >= options.BaseBackoff;
    }
}
