using Idocs.Common.Results;

namespace Idocs.Documents.LinkAccess;

/// <summary>
/// Persists link tokens. <see cref="LinkToken.TokenHash"/> is unique; updates use optimistic
/// concurrency on <see cref="LinkToken.Version"/> and return <c>common.concurrency_conflict</c> when
/// another request changed the token first, which is how two simultaneous uses end with one winner.
/// </summary>
public interface ILinkTokenStore
{
    Task<Result> AddAsync(LinkToken token, CancellationToken cancellationToken);

    Task<Result> UpdateAsync(LinkToken token, CancellationToken cancellationToken);

    Task<LinkToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Returns the tokens of a document and recipient that are neither used nor superseded.</summary>
    Task<IReadOnlyList<LinkToken>> ListActiveAsync(Guid documentId, string recipientEmail, CancellationToken cancellationToken);
}
