namespace Idocs.Workflows.Runtime;

public enum WorkflowInstanceStatus
{
    /// <summary>At least one path waits on a bookmark or a join.</summary>
    Running,

    /// <summary>An automatic step failed; an open incident waits for a retry.</summary>
    Faulted,

    /// <summary>Paused by a command; resumes are rejected until it is activated.</summary>
    Suspended,

    Completed,

    Cancelled,
}
