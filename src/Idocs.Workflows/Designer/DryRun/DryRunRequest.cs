using System.Text.Json;
using Idocs.Workflows.Definitions;

namespace Idocs.Workflows.Designer.DryRun;

/// <summary>
/// What to run: a draft, the sample document's fields (instance variables such as <c>amount</c>),
/// the people who act, and for some steps the outcome to choose instead of the positive one.
/// </summary>
public sealed record DryRunRequest
{
    public required WorkflowDefinition Definition { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Fields { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    public IReadOnlyList<DryRunParticipant> Participants { get; init; } = [];

    /// <summary>Outcome per activity id, for example <c>{"lawyer": "Rejected"}</c>; other steps take their first declared outcome.</summary>
    public IReadOnlyDictionary<string, string> Decisions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>User id of the author who starts the document; also the <c>author</c> variable unless the fields set it.</summary>
    public string StarterUserId { get; init; } = "author";
}
