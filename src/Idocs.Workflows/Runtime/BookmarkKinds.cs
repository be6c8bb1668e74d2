namespace Idocs.Workflows.Runtime;

/// <summary>Kinds of bookmarks the built-in activities create; extension activities may add their own.</summary>
public static class BookmarkKinds
{
    public const string Approval = "approval";

    public const string Signature = "signature";

    /// <summary>A due time; resumed by the scheduler as <see cref="Actor.System"/>.</summary>
    public const string Timer = "timer";

    /// <summary>The decision the scheduler resumes every due timer bookmark with.</summary>
    public const string TimerElapsed = "Elapsed";

    /// <summary>Waits for a child instance; resumed by the engine when the child ends.</summary>
    public const string SubProcess = "sub-process";
}
