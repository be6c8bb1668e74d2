using System.Text.Json;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Runtime;

namespace Idocs.Storage.Workflows;

/// <summary>Copies engine objects into rows and back; JSON uses the engine's own options.</summary>
internal static class WorkflowRowMapper
{
    public static WorkflowInstance ToInstance(WorkflowInstanceRow row) =>
        JsonSerializer.Deserialize<WorkflowInstance>(row.Json, WorkflowJson.Options)
        ?? throw new InvalidOperationException($"Workflow instance {row.Id} is stored as JSON null.");

    public static WorkflowInstanceRow ToRow(WorkflowInstance instance)
    {
        var row = new WorkflowInstanceRow { DefinitionId = instance.DefinitionId, Status = string.Empty, Json = string.Empty, Id = instance.Id };
        CopyTo(instance, row);
        return row;
    }

    public static void CopyTo(WorkflowInstance instance, WorkflowInstanceRow row)
    {
        row.DefinitionId = instance.DefinitionId;
        row.DefinitionVersion = instance.DefinitionVersion;
        row.Status = instance.Status.ToString();
        row.Result = instance.Result;
        row.InstanceVersion = instance.Version;
        row.CorrelationId = instance.CorrelationId;
        row.ParentInstanceId = instance.ParentInstanceId;
        row.ParentBookmarkId = instance.ParentBookmarkId;
        row.Depth = instance.Depth;
        row.CreatedAt = instance.CreatedAt;
        row.UpdatedAt = instance.UpdatedAt;
        row.FinishedAt = instance.FinishedAt;
        row.Json = JsonSerializer.Serialize(instance, WorkflowJson.Options);
    }

    public static Bookmark ToBookmark(WorkflowBookmarkRow row) =>
        JsonSerializer.Deserialize<Bookmark>(row.Json, WorkflowJson.Options)
        ?? throw new InvalidOperationException($"Workflow bookmark {row.Id} is stored as JSON null.");

    public static void CopyTo(Bookmark bookmark, WorkflowBookmarkRow row)
    {
        row.InstanceId = bookmark.InstanceId;
        row.ActivityId = bookmark.ActivityId;
        row.Kind = bookmark.Kind;
        row.Status = bookmark.Status.ToString();
        row.GateUserIds = Join(bookmark.Gate.UserIds);
        row.GateRoles = Join(bookmark.Gate.Roles);
        row.GateRights = Join(bookmark.Gate.Rights);
        row.GateSystemOnly = bookmark.Gate.SystemOnly;
        row.DueAt = bookmark.DueAt;
        row.CreatedAt = bookmark.CreatedAt;
        row.ClosedAt = bookmark.ClosedAt;
        row.ClosedBy = bookmark.ClosedBy;
        row.Decision = bookmark.Decision;
        row.Json = JsonSerializer.Serialize(bookmark, WorkflowJson.Options);
    }

    public static WorkflowBookmarkRow ToRow(Bookmark bookmark)
    {
        var row = new WorkflowBookmarkRow { Id = bookmark.Id, ActivityId = string.Empty, Kind = string.Empty, Status = string.Empty, Json = string.Empty };
        CopyTo(bookmark, row);
        return row;
    }

    public static WorkflowJournalRow ToRow(JournalEntry entry) => new()
    {
        Id = entry.Id,
        InstanceId = entry.InstanceId,
        Timestamp = entry.Timestamp,
        Event = entry.Event.ToString(),
        ActivityId = entry.ActivityId,
        ActorId = entry.ActorId,
        BookmarkId = entry.BookmarkId,
        Json = JsonSerializer.Serialize(entry, WorkflowJson.Options),
    };

    public static JournalEntry ToEntry(WorkflowJournalRow row) =>
        JsonSerializer.Deserialize<JournalEntry>(row.Json, WorkflowJson.Options)
        ?? throw new InvalidOperationException($"Workflow journal entry {row.Id} is stored as JSON null.");

    public static WorkflowIdempotencyRow ToRow(IdempotencyRecord record) => new()
    {
        ActorId = record.ActorId,
        Key = record.Key,
        BookmarkId = record.BookmarkId,
        OutcomeJson = JsonSerializer.Serialize(record.Outcome, WorkflowJson.Options),
        CreatedAt = record.CreatedAt,
    };

    public static IdempotencyRecord ToRecord(WorkflowIdempotencyRow row) => new(
        row.ActorId,
        row.Key,
        row.BookmarkId,
        JsonSerializer.Deserialize<ResumeOutcome>(row.OutcomeJson, WorkflowJson.Options)
            ?? throw new InvalidOperationException($"Idempotency record '{row.Key}' is stored as JSON null."),
        row.CreatedAt);

    public static WorkflowDefinitionRow ToRow(WorkflowDefinition definition) => new()
    {
        DefinitionId = definition.Id,
        DefinitionVersion = definition.Version,
        State = definition.State.ToString(),
        Source = definition.Source.ToString(),
        ReadOnly = definition.ReadOnly,
        Json = WorkflowJson.Serialize(definition),
    };

    public static WorkflowDefinition ToDefinition(WorkflowDefinitionRow row) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(row.Json, WorkflowJson.Options)
        ?? throw new InvalidOperationException($"Definition '{row.DefinitionId}' v{row.DefinitionVersion} is stored as JSON null.");

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(' ', values);
}
