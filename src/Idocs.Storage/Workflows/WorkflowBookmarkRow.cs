namespace Idocs.Storage.Workflows;

/// <summary>
/// A bookmark of an instance, copied out of the instance for the task list, the due-timer query and
/// the lookup by bookmark id. <see cref="Json"/> is the whole bookmark.
/// </summary>
internal sealed class WorkflowBookmarkRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string ActivityId { get; set; }

    public required string Kind { get; set; }

    public required string Status { get; set; }

    /// <summary>Space-separated gate user ids, roles and rights, for a future SQL task-list filter.</summary>
    public string? GateUserIds { get; set; }

    public string? GateRoles { get; set; }

    public string? GateRights { get; set; }

    public bool GateSystemOnly { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public string? Decision { get; set; }

    public required string Json { get; set; }
}
