namespace Idocs.Workflows.Activities;

/// <summary>How the runner treats an activity type.</summary>
public enum ActivityBehavior
{
    /// <summary>Runs and completes in one step (Decision, SetVariable, Notify, Dispatch).</summary>
    Automatic,

    /// <summary>Creates bookmarks and waits until they are resumed (Approve, Sign, Deadline).</summary>
    Waiting,

    /// <summary>The single entry point of a definition.</summary>
    Start,

    /// <summary>Ends the instance, cancelling every other path.</summary>
    End,

    /// <summary>Starts every connection of its outcome as a parallel branch.</summary>
    Fork,

    /// <summary>Merges the branches of the Fork it names, after all of them or the first.</summary>
    Join,
}
