using System.Globalization;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Routes;

/// <summary>
/// Reads the Approve and Sign bookmarks an employee may act on now from the route engine, and
/// answers the turn question for the signing and mass-action checks. The instance's correlation id
/// contains the id of the document the route belongs to.
/// </summary>
public sealed class DocumentInbox(IWorkflowStore store) : IRouteTurnPort
{
    /// <summary>Lists the items waiting for <paramref name="actor"/>, oldest first; seats of a sequential step appear only in turn.</summary>
    public async Task<IReadOnlyList<InboxItem>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        var items = new List<InboxItem>();
        var bookmarks = await store.ListOpenBookmarksAsync(actor, cancellationToken);
        foreach (var bookmark in bookmarks)
        {
            var step = StepOf(bookmark.Kind);
            if (step is null)
            {
                continue;
            }

            var instance = await store.GetInstanceAsync(bookmark.InstanceId, cancellationToken);
            if (instance is null || !Guid.TryParse(instance.CorrelationId, CultureInfo.InvariantCulture, out var documentId) || !IsInTurn(instance, bookmark))
            {
                continue;
            }

            items.Add(new InboxItem(bookmark.Id, documentId, step.Value, bookmark.ActivityId, bookmark.CreatedAt));
        }

        return items;
    }

    /// <summary>
    /// True when a route of the document has an open bookmark of the step's kind for the employee.
    /// </summary>
    /// <remarks>
    /// NOTE: the actor is built from the employee id alone, so bookmarks gated by role or right
    /// (route templates) are not matched until the accounts domain supplies the employee's roles and rights.
    /// </remarks>
    public async Task<bool> IsInTurnAsync(Guid documentId, Guid employeeId, RouteStepKind step, CancellationToken cancellationToken)
    {
        var items = await ListAsync(Actor.User(employeeId.ToString()), cancellationToken);
        return items.Any(item => item.DocumentId == documentId && item.Step == step);
    }

    private static RouteStepKind? StepOf(string bookmarkKind) => bookmarkKind switch
    {
        BookmarkKinds.Approval => RouteStepKind.Approve,
        BookmarkKinds.Signature => RouteStepKind.Sign,
        _ => null,
    };

    /// <summary>A seat of a sequential step is in turn when no open seat of the same execution comes before it.</summary>
    private static bool IsInTurn(WorkflowInstance instance, Bookmark bookmark) =>
        bookmark.Sequence is null
        || !instance.OpenBookmarks.Any(other =>
            other.ExecutionId == bookmark.ExecutionId && other.Sequence is not null && other.Sequence < bookmark.Sequence);
}
