using Idocs.Common.Results;
using Idocs.Documents.Routes;
using Idocs.Documents.Search;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// Loads the cabinet's document lists: the inbox from <see cref="IInboxQuery"/>, every other folder
/// from <see cref="IDocumentSearch"/>, each page after the continuation token of the previous one.
/// </summary>
public sealed class DocumentLists(CabinetServices services)
{
    /// <summary>Rows per page; a first page must render fast even when the list contains tens of thousands.</summary>
    public const int PageSize = 50;

    public async Task<Result<DocumentListPage>> LoadAsync(
        CabinetUser user, CabinetFolder folder, DocumentListFilter filter, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);

        return folder == CabinetFolder.Inbox
            ? await LoadInboxAsync(user, filter, continuationToken, cancellationToken)
            : await SearchAsync(user, folder, filter, continuationToken, cancellationToken);
    }

    /// <summary>The search section a folder lists; the inbox has none because it reads route steps.</summary>
    public static DocumentSection SectionOf(CabinetFolder folder) => folder switch
    {
        CabinetFolder.ExternalNew => DocumentSection.NewIncoming,
        CabinetFolder.ExternalIncoming => DocumentSection.Incoming,
        CabinetFolder.ExternalOutgoing => DocumentSection.Outgoing,
        CabinetFolder.Internal => DocumentSection.Internal,
        CabinetFolder.All => DocumentSection.All,
        _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "The inbox is not a search section."),
    };

    private async Task<Result<DocumentListPage>> LoadInboxAsync(
        CabinetUser user, DocumentListFilter filter, string? continuationToken, CancellationToken cancellationToken)
    {
        if (user.EmployeeId is not { } employeeId)
        {
            return NoEmployee();
        }

        var query = new InboxQuery(employeeId) { Step = filter.Step, PageSize = PageSize, ContinuationToken = continuationToken };
        var page = await services.RunAsync<IInboxQuery, Result<InboxPage>>(user, inbox => inbox.ListAsync(query, cancellationToken));
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var rows = page.Value.Items.Select(entry => ToRow(entry.Document, entry.Item.Step, entry.Item.WaitingSince)).ToList();
        return new DocumentListPage(rows, page.Value.ContinuationToken, page.Value.ApprovalCount, page.Value.SignatureCount);
    }

    private async Task<Result<DocumentListPage>> SearchAsync(
        CabinetUser user, CabinetFolder folder, DocumentListFilter filter, string? continuationToken, CancellationToken cancellationToken)
    {
        var text = filter.Text?.Trim();
        var byIdentifier = text is { Length: > 0 } && DocumentSearchValidation.IsTaxIdentifier(text);
        var query = new DocumentSearchQuery
        {
            Section = SectionOf(folder),
            Status = filter.Status,
            Counterparty = byIdentifier ? text : Blank(filter.Counterparty),
            TitleText = byIdentifier ? null : Blank(text),
            PageSize = PageSize,
            ContinuationToken = continuationToken,
        };

        var page = await services.RunAsync<IDocumentSearch, Result<DocumentSearchPage>>(user, search => search.SearchAsync(query, cancellationToken));
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var rows = page.Value.Items.Select(summary => ToRow(summary, null, summary.CreatedAt)).ToList();
        return new DocumentListPage(rows, page.Value.ContinuationToken);
    }

    private static DocumentListRow ToRow(DocumentSummary summary, RouteStepKind? step, DateTimeOffset listedAt) => new(
        summary.Id,
        summary.Kind,
        summary.Number,
        summary.Date,
        summary.Title,
        summary.Status,
        summary.CounterpartyName,
        summary.CounterpartyIdentifier,
        summary.Amount,
        summary.Currency,
        step,
        listedAt);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Error NoEmployee() => new(
        CabinetDocumentErrorCodes.NoEmployee,
        "The session has no employee in the chosen profile; sign in again and choose the profile.");
}
