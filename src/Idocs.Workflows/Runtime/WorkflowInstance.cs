using System.Text.Json;
using System.Text.Json.Serialization;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// A running or finished instance of one pinned definition version, with its variables, the
/// activity executions that have not finished, its bookmarks and incidents. The store saves it as
/// one aggregate and checks <see cref="Version"/> on every update.
/// </summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; init; }

    public required string DefinitionId { get; init; }

    public int DefinitionVersion { get; set; }

    public WorkflowInstanceStatus Status { get; set; }

    /// <summary>The result the End activity set, for example <c>approved</c> or <c>rejected</c>.</summary>
    public string? Result { get; set; }

    /// <summary>Concurrency token: incremented by every saved change, compared on update.</summary>
    public long Version { get; set; }

    /// <summary>The caller's business key, for example the document id.</summary>
    public string? CorrelationId { get; init; }

    public Guid? ParentInstanceId { get; init; }

    public Guid? ParentBookmarkId { get; init; }

    /// <summary>Nesting depth of sub-processes, 0 for a top-level instance.</summary>
    public int Depth { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public Dictionary<string, JsonElement> Variables { get; init; } = new(StringComparer.Ordinal);

    public List<ActivityExecution> Executions { get; init; } = [];

    public List<Bookmark> Bookmarks { get; init; } = [];

    public List<Incident> Incidents { get; init; } = [];

    /// <summary>Fork scopes already merged by an any-of Join; later arrivals from them are dropped.</summary>
    public List<Guid> ClosedScopes { get; init; } = [];

    [JsonIgnore]
    public bool IsFinished => Status is WorkflowInstanceStatus.Completed or WorkflowInstanceStatus.Cancelled;

    public Bookmark? FindBookmark(Guid bookmarkId) => Bookmarks.Find(bookmark => bookmark.Id == bookmarkId);

    [JsonIgnore]
    public IEnumerable<Bookmark> OpenBookmarks => Bookmarks.Where(bookmark => bookmark.Status == BookmarkStatus.Open);
}
