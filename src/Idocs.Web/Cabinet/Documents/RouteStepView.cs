using Idocs.Workflows.Runtime;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// One seat of the document's route as a line of the timeline: who is asked to act, and who acted
/// when. <see cref="Kind"/> is the engine's bookmark kind (approval, signature, dispatch or the
/// counterparty's reply).
/// </summary>
public sealed record RouteStepView(
    string Kind,
    IReadOnlyList<string> Participants,
    BookmarkStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? Decision);
