using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>Finds the open bookmark of a route that an actor may resume now.</summary>
public static class RouteTurns
{
    /// <summary>
    /// Returns the actor's open bookmark of one of <paramref name="kinds"/>, or null. A seat of a
    /// sequential step counts only when no earlier seat of the same step is still open.
    /// </summary>
    public static Bookmark? FindFor(WorkflowInstance instance, Actor actor, params string[] kinds)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(actor);

        var open = instance.OpenBookmarks.ToList();
        return open.FirstOrDefault(bookmark =>
            kinds.Contains(bookmark.Kind, StringComparer.Ordinal)
            && bookmark.Gate.Admits(actor)
            && !open.Any(other => other.ExecutionId == bookmark.ExecutionId && other.Sequence < bookmark.Sequence));
    }
}
