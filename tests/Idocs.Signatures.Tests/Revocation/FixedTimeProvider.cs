namespace Idocs.Signatures.Tests.Revocation;

/// <summary>A clock stopped at a given instant, for checks against recorded data.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
