namespace Idocs.Workflows.Activities;

public enum ActivityResultKind
{
    /// <summary>Finished with an outcome; the runner follows its connections.</summary>
    Complete,

    /// <summary>Waits on the bookmarks it created (or, for a Join, on more branches).</summary>
    Wait,

    /// <summary>An automatic step failed; the runner opens an incident.</summary>
    Fault,

    /// <summary>Ends the whole instance with a result, cancelling every other path.</summary>
    End,

    /// <summary>The resume input is not acceptable; nothing changes.</summary>
    RejectResume,
}
