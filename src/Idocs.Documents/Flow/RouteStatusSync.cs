using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Routes.Activities;
using Idocs.Documents.Statuses;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>
/// Keeps the document's status in line with where its route waits: approval bookmarks mean "on
/// approval", signature bookmarks "on signing", and a route past its last signature means this side
/// has signed. Statuses move only forward along the transition table; a rejection has its own path.
/// </summary>
public static class RouteStatusSync
{
    private static readonly DocumentStatus[] Backward =
        [DocumentStatus.Draft, DocumentStatus.Rejected, DocumentStatus.Revoked, DocumentStatus.Annulled];

    /// <summary>Returns the status the route's position implies, or null when it implies none.</summary>
    public static DocumentStatus? TargetOf(Document document, WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(instance);

        var open = instance.OpenBookmarks.Select(bookmark => bookmark.Kind).ToHashSet(StringComparer.Ordinal);
        if (open.Contains(BookmarkKinds.Approval))
        {
            return DocumentStatus.OnApproval;
        }

        if (open.Contains(BookmarkKinds.Signature))
        {
            return DocumentStatus.OnSigning;
        }

        var ownSideDone = open.Contains(DocumentBookmarkKinds.Dispatch)
            || open.Contains(DocumentBookmarkKinds.Counterparty)
            || (instance.Status == WorkflowInstanceStatus.Completed && instance.Result != EndActivity.RejectedResult);
        if (!ownSideDone)
        {
            return null;
        }

        return document.Kind == DocumentKind.ExternalOutgoing ? DocumentStatus.SignedAndSent : DocumentStatus.SignedByAllParties;
    }

    /// <summary>
    /// Moves the document forward to <paramref name="target"/> through the shortest chain of allowed
    /// transitions. Does nothing when the document is already there or past it.
    /// </summary>
    public static Result MoveTowards(Document document, DocumentStatus target)
    {
        ArgumentNullException.ThrowIfNull(document);

        var path = FindPath(document.Kind, document.Status, target);
        foreach (var step in path)
        {
            var moved = document.ChangeStatus(step);
            if (!moved.IsSuccess)
            {
                return moved;
            }
        }

        return Result.Success();
    }

    private static List<DocumentStatus> FindPath(DocumentKind kind, DocumentStatus from, DocumentStatus to)
    {
        if (from == to)
        {
            return [];
        }

        var previous = new Dictionary<DocumentStatus, DocumentStatus> { [from] = from };
        var queue = new Queue<DocumentStatus>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var transition in DocumentStatusTransitions.AllowedFor(kind).Where(transition => transition.From == current))
            {
                if (Backward.Contains(transition.To) || !previous.TryAdd(transition.To, current))
                {
                    continue;
                }

                if (transition.To == to)
                {
                    return Unwind(previous, from, to);
                }

                queue.Enqueue(transition.To);
            }
        }

        return [];
    }

    private static List<DocumentStatus> Unwind(Dictionary<DocumentStatus, DocumentStatus> previous, DocumentStatus from, DocumentStatus to)
    {
        var path = new List<DocumentStatus>();
        for (var status = to; status != from; status = previous[status])
        {
            path.Add(status);
        }

        path.Reverse();
        return path;
    }
}
