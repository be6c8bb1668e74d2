using System.Text.Json;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// A participant's action on a bookmark. <see cref="Decision"/> is one of the waiting activity's
/// outcomes, for example <c>Approved</c> or <c>Rejected</c>. <see cref="Data"/> carries extra input
/// for the activity; its <c>comment</c> string (a rejection reason, say) is kept in the journal.
/// </summary>
public sealed record ResumeRequest(
    Guid BookmarkId,
    Actor Actor,
    string Decision,
    string IdempotencyKey,
    JsonElement? Data = null);
