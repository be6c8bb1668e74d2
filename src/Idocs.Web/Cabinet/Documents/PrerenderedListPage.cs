namespace Idocs.Web.Cabinet.Documents;

/// <summary>
/// The first page of a list as the prerender loaded it, persisted into the HTML so the interactive
/// render shows the same rows without reading the list a second time.
/// </summary>
public sealed record PrerenderedListPage(
    CabinetFolder Folder,
    IReadOnlyList<DocumentListRow> Rows,
    string? ContinuationToken,
    int ApprovalCount,
    int SignatureCount);
