namespace Idocs.Workflows.Runtime;

public enum ActivityExecutionStatus
{
    /// <summary>Waits on its bookmarks.</summary>
    Waiting,

    /// <summary>A Join waits for more branches.</summary>
    Joining,

    /// <summary>Failed; an incident names it, and a retry runs it again.</summary>
    Faulted,
}
