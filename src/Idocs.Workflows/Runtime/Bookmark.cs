using System.Text.Json;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// A wait point of an instance: who may resume it and with what. Resuming it continues the
/// activity execution it belongs to.
/// </summary>
public sealed class Bookmark
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    /// <summary>The activity execution that waits on this bookmark.</summary>
    public Guid ExecutionId { get; init; }

    public required string ActivityId { get; init; }

    public required string ActivityType { get; init; }

    /// <summary>One of <see cref="BookmarkKinds"/> or an extension's kind.</summary>
    public required string Kind { get; init; }

    public BookmarkGate Gate { get; set; } = new();

    /// <summary>Turn within a sequential step, 0 first; null when every seat may act at once.</summary>
    public int? Sequence { get; init; }

    /// <summary>When a timer bookmark becomes due, in UTC.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Activity-specific data, for example the child instance id of a sub-process.</summary>
    public JsonElement? Payload { get; init; }

    public BookmarkStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>User id of the actor who resumed the bookmark.</summary>
    public string? ClosedBy { get; set; }

    /// <summary>The decision the bookmark was resumed with, for example <c>Approved</c>.</summary>
    public string? Decision { get; set; }

    /// <summary>User id of the participant who delegated the bookmark, when it was delegated.</summary>
    public string? DelegatedBy { get; set; }
}
