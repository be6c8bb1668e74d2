namespace Idocs.Workflows.Designer.DryRun;

/// <summary>A clock the dry run moves forward to let timers fall due without waiting.</summary>
internal sealed class DryRunClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
