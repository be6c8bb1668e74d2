using Idocs.Common.Results;
using Idocs.Documents.LinkAccess;

namespace Idocs.Storage.Tests.Documents;

/// <summary>Holds each token lookup until every party has looked up, so that the updates race.</summary>
internal sealed class RendezvousLinkTokenStore(ILinkTokenStore inner, Rendezvous rendezvous) : ILinkTokenStore
{
    public Task<Result> AddAsync(LinkToken token, CancellationToken cancellationToken) => inner.AddAsync(token, cancellationToken);

    public Task<Result> UpdateAsync(LinkToken token, CancellationToken cancellationToken) => inner.UpdateAsync(token, cancellationToken);

    public async Task<LinkToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var found = await inner.FindByHashAsync(tokenHash, cancellationToken);
        await rendezvous.ArriveAsync();
        return found;
    }

    public Task<IReadOnlyList<LinkToken>> ListActiveAsync(Guid documentId, string recipientEmail, CancellationToken cancellationToken) =>
        inner.ListActiveAsync(documentId, recipientEmail, cancellationToken);
}
