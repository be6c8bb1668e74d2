namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// One page of a cabinet document list. <see cref="ContinuationToken"/> is null on the last page;
/// the counts are set for the inbox only and cover the whole inbox, not the page.
/// </summary>
public sealed record DocumentListPage(
    IReadOnlyList<DocumentListRow> Rows,
    string? ContinuationToken,
    int? ApprovalCount = null,
    int? SignatureCount = null);
