namespace Idocs.Workflows.Runtime;

public enum BookmarkStatus
{
    Open,

    /// <summary>Resumed by its participant.</summary>
    Completed,

    /// <summary>Closed without a resume: the step finished otherwise, or the instance ended.</summary>
    Cancelled,
}
