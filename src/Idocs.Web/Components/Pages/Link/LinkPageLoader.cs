using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Flow;
using Idocs.Documents.Profiles;

namespace Idocs.Web.Components.Pages.Link;

/// <summary>
/// Reads the document an emailed link opens, and the sender's name, in a scope of its own. Reading
/// changes nothing: the link stays valid and the document is not marked viewed.
/// </summary>
public sealed class LinkPageLoader(IServiceScopeFactory scopes)
{
    public async Task<Result<LinkPageDocument>> LoadAsync(Guid documentId, string token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var view = await provider.GetRequiredService<CounterpartyLinkActions>().ViewAsync(documentId, token, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        var ownerId = await provider.GetRequiredService<IDocumentOwnerLookup>().FindOwnerProfileIdAsync(documentId, cancellationToken);
        var owner = ownerId is null ? null : await provider.GetRequiredService<IProfileStore>().FindAsync(ownerId.Value, cancellationToken);
        var document = view.Value;
        return new LinkPageDocument(
            owner?.Name ?? string.Empty, document.Title, document.Number, document.Date, document.Status,
            document.RecipientName, document.Files, document.LinkExpiresAt);
    }
}
