namespace Idocs.Storage.Outbox;

/// <summary>Exponential back-off between delivery attempts.</summary>
public static class OutboxBackoff
{
    /// <summary>
    /// Returns the delay after failed attempt number <paramref name="attempts"/> (1 for the first
    /// failure): <c>BaseBackoff * 2^(attempts - 1)</c>, capped at <c>MaxBackoff</c>.
    /// </summary>
    public static TimeSpan Delay(int attempts, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);

        // Past 2^30 every realistic base delay is over the cap; the bound keeps the shift in range.
        var exponent = Math.Min(attempts - 1, 30);
        var ticks = (double)options.BaseBackoff.Ticks * (1L << exponent);
        return ticks >= options.MaxBackoff.Ticks ? options.MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}
