using System.Text.Json;

namespace Idocs.Workflows.Activities;

/// <summary>A child instance an activity asked for; the runner starts it after the activity returns.</summary>
public sealed record SubProcessStart(
    Guid ChildInstanceId,
    Guid ParentBookmarkId,
    string DefinitionId,
    int? Version,
    IReadOnlyDictionary<string, JsonElement> Variables);
