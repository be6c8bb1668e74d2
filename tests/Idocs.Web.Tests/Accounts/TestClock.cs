namespace Idocs.Web.Tests.Accounts;

/// <summary>The system clock moved by an adjustable offset, so a test can let a challenge expire without waiting.</summary>
public sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
