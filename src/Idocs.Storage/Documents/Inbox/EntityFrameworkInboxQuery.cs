using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Routes;
using Idocs.Documents.Search;
using Idocs.Documents.Tenancy;
using Idocs.Storage.Persistence;
using Idocs.Storage.Workflows;
using Idocs.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Documents.Inbox;

/// <summary>
/// The "waiting for me" list over the engine's bookmark rows and the documents of the current
/// profile. Items are ordered oldest first by (bookmark created_at, bookmark id), and the
/// continuation token carries the last of those keys.
/// </summary>
/// <remarks>
/// SQL selects the open Approve and Sign bookmarks whose gate names the employee; the exact gate
/// check, the turn of sequential seats (stored only in the bookmark JSON) and the join to the
/// document (the instance's correlation id is text) run in memory over that set. NOTE: the set is
/// everything the employee must act on now, so a single employee with tens of thousands of open
/// items pays for all of them on every page; moving sequence and document id into columns would fix it.
/// </remarks>
public sealed class EntityFrameworkInboxQuery(IdocsDbContext dbContext) : IInboxQuery
{
    public async Task<Result<InboxPage>> ListAsync(InboxQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var tenant = dbContext.TenantContext
            ?? throw new InvalidOperationException("The inbox query needs a context created with the request's tenant context.");
        var profile = TenantGuard.RequireProfile(tenant);
        if (!profile.IsSuccess)
        {
            return profile.Error;
        }

        if (query.PageSize is < 1 or > InboxQuery.MaxPageSize)
        {
            return new Error(DocumentSearchErrorCodes.InvalidFilter, $"Page size {query.PageSize} is out of range; use 1 to {InboxQuery.MaxPageSize}.");
        }

        if (query.Step is { } requested && !Enum.IsDefined(requested))
        {
            return new Error(DocumentSearchErrorCodes.InvalidFilter, $"Step {requested} is not a known route step kind.");
        }

        var scope = string.Create(CultureInfo.InvariantCulture, $"documents.inbox\n{profile.Value:N}\n{query.EmployeeId:N}\n{query.Step}");
        KeysetPosition? after = null;
        if (query.ContinuationToken is not null)
        {
            var position = ContinuationToken.Decode(query.ContinuationToken, scope);
            if (!position.IsSuccess)
            {
                return position.Error;
            }

            after = position.Value;
        }

        var waiting = await LoadWaitingAsync(query.EmployeeId, cancellationToken);
        var documents = await LoadDocumentsAsync(waiting.Select(item => item.DocumentId).Distinct().ToList(), cancellationToken);
        var entries = waiting
            .Where(item => documents.ContainsKey(item.DocumentId))
            .Select(item => new InboxEntry(item, documents[item.DocumentId]))
            .ToList();

        var approvals = entries.Count(entry => entry.Item.Step == RouteStepKind.Approve);
        var signatures = entries.Count(entry => entry.Item.Step == RouteStepKind.Sign);

        var ordered = entries
            .Where(entry => query.Step is null || entry.Item.Step == query.Step)
            .Where(entry => after is not { } start || IsAfter(entry.Item, start))
            .OrderBy(entry => entry.Item.WaitingSince)
            .ThenBy(entry => entry.Item.BookmarkId)
            .Take(query.PageSize + 1)
            .ToList();

        string? next = null;
        if (ordered.Count > query.PageSize)
        {
            ordered.RemoveAt(ordered.Count - 1);
            var last = ordered[^1].Item;
            next = ContinuationToken.Encode(new KeysetPosition(last.WaitingSince, last.BookmarkId), scope);
        }

        return new InboxPage(ordered, approvals, signatures, next);
    }

    private static bool IsAfter(InboxItem item, KeysetPosition start) =>
        item.WaitingSince > start.Time || (item.WaitingSince == start.Time && item.BookmarkId.CompareTo(start.Id) > 0);

    private async Task<List<InboxItem>> LoadWaitingAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        var actor = Actor.User(employeeId.ToString());
        var gatePattern = "% " + actor.UserId + " %";
        var open = BookmarkStatus.Open.ToString();
        var suspended = WorkflowInstanceStatus.Suspended.ToString();

        var candidates = await dbContext.Set<WorkflowBookmarkRow>().AsNoTracking()
            .Where(row => row.Status == open && (row.Kind == BookmarkKinds.Approval || row.Kind == BookmarkKinds.Signature) && !row.GateSystemOnly)
            .Where(row => EF.Functions.Like(" " + row.GateUserIds + " ", gatePattern))
            .Join(
                dbContext.Set<WorkflowInstanceRow>().Where(instance => instance.Status != suspended),
                row => row.InstanceId,
                instance => instance.Id,
                (row, instance) => new { Row = row, instance.CorrelationId })
            .ToListAsync(cancellationToken);

        var bookmarks = candidates
            .Select(candidate => (Bookmark: WorkflowRowMapper.ToBookmark(candidate.Row), candidate.CorrelationId))
            .Where(candidate => candidate.Bookmark.Gate.Admits(actor))
            .ToList();

        var sequentialInstances = bookmarks.Where(candidate => candidate.Bookmark.Sequence is not null).Select(candidate => candidate.Bookmark.InstanceId).Distinct().ToList();
        var seats = await LoadOpenSeatsAsync(sequentialInstances, cancellationToken);

        var items = new List<InboxItem>();
        foreach (var (bookmark, correlationId) in bookmarks)
        {
            if (!Guid.TryParse(correlationId, CultureInfo.InvariantCulture, out var documentId) || !IsInTurn(bookmark, seats))
            {
                continue;
            }

            var step = bookmark.Kind == BookmarkKinds.Approval ? RouteStepKind.Approve : RouteStepKind.Sign;
            items.Add(new InboxItem(bookmark.Id, documentId, step, bookmark.ActivityId, bookmark.CreatedAt));
        }

        return items;
    }

    /// <summary>The open seats of sequential steps in the given instances, which decide whose turn it is.</summary>
    private async Task<List<Bookmark>> LoadOpenSeatsAsync(List<Guid> instanceIds, CancellationToken cancellationToken)
    {
        if (instanceIds.Count == 0)
        {
            return [];
        }

        var open = BookmarkStatus.Open.ToString();
        var rows = await dbContext.Set<WorkflowBookmarkRow>().AsNoTracking()
            .Where(row => row.Status == open && instanceIds.Contains(row.InstanceId))
            .ToListAsync(cancellationToken);
        return rows.Select(WorkflowRowMapper.ToBookmark).Where(bookmark => bookmark.Sequence is not null).ToList();
    }

    /// <summary>The same rule as the engine's inbox: a seat is in turn when no open seat of its execution comes before it.</summary>
    private static bool IsInTurn(Bookmark bookmark, List<Bookmark> seats) =>
        bookmark.Sequence is null
        || !seats.Any(other => other.InstanceId == bookmark.InstanceId && other.ExecutionId == bookmark.ExecutionId && other.Sequence < bookmark.Sequence);

    private async Task<Dictionary<Guid, DocumentSummary>> LoadDocumentsAsync(List<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return [];
        }

        // The tenant filter drops documents of other profiles, so a bookmark of another profile's
        // route never reaches the page even when an employee id were reused.
        return await dbContext.Set<DocumentRow>().AsNoTracking()
            .Where(row => documentIds.Contains(row.Id) && !row.IsDeleted)
            .Select(row => new DocumentSummary(
                row.Id, row.Kind, row.Number, row.Date, row.Title, row.Status, row.AuthorId,
                row.Amount, row.Currency, row.CounterpartyIdentifier, row.CounterpartyName, row.CreatedAt))
            .ToDictionaryAsync(summary => summary.Id, cancellationToken);
    }
}
