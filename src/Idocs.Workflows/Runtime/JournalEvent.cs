namespace Idocs.Workflows.Runtime;

public enum JournalEvent
{
    InstanceStarted,
    ActivityCompleted,
    ActivityWaiting,
    ActivityFaulted,
    BookmarkResumed,
    BookmarkCancelled,
    BookmarkDelegated,
    BookmarkReassigned,
    IncidentRetried,
    InstanceCompleted,
    InstanceCancelled,
    InstanceSuspended,
    InstanceActivated,
    InstanceMigrated,
}
