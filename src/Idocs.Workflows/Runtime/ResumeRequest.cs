using System.Text.Json;

namespace Idocs.Workflows.Runtime;

/// <summary>
/// A participant's action on a bookmark. <see cref="Decision"/> is one of the waiting activity's
/// outcomes, for example <c>Approved</c> or <c>Rejected</c>; <see cref="Data"/> carries extra input
/// such as a comment.
/// </summary>
public sealed record ResumeRequest(
    Guid BookmarkId,
    Actor Actor,
    string Decision,
    string IdempotencyKey,
    JsonElement? Data = null);
