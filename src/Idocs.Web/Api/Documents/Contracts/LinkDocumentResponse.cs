using Idocs.Documents.Flow;

namespace Idocs.Web.Api.Documents.Contracts;

/// <summary>What the link page shows a counterparty without registration.</summary>
public sealed record LinkDocumentResponse(
    Guid DocumentId, string Title, string Number, DateOnly Date, string Status, string RecipientName, IReadOnlyList<FileResponse> Files, DateTimeOffset LinkExpiresAt)
{
    public static LinkDocumentResponse From(LinkDocumentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new LinkDocumentResponse(
            view.DocumentId, view.Title, view.Number, view.Date, view.Status.ToString(), view.RecipientName,
            [.. view.Files.Select(file => new FileResponse(file.Sha256, file.FileName, file.ContentType.ToString(), file.Length))],
            view.LinkExpiresAt);
    }
}
