using Idocs.Common.Results;
using Idocs.Documents.LinkAccess;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Link tokens with a unique hash and optimistic concurrency on the version.</summary>
public sealed class InMemoryLinkTokenStore : ILinkTokenStore
{
    private readonly Dictionary<Guid, LinkToken> _rows = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<LinkToken> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _rows.Values];
            }
        }
    }

    public Task<Result> AddAsync(LinkToken token, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rows.ContainsKey(token.Id) || _rows.Values.Any(row => row.TokenHash == token.TokenHash))
            {
                return Task.FromResult(Result.Failure(CommonErrorCodes.InvalidInput, $"Token {token.Id} already exists."));
            }

            _rows[token.Id] = token with { Version = 1 };
            return Task.FromResult(Result.Success());
        }
    }

    public Task<Result> UpdateAsync(LinkToken token, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(token.Id, out var stored) || stored.Version != token.Version)
            {
                return Task.FromResult(Result.Failure(CommonErrorCodes.ConcurrencyConflict, $"Token {token.Id} changed."));
            }

            _rows[token.Id] = token with { Version = stored.Version + 1 };
            return Task.FromResult(Result.Success());
        }
    }

    public Task<LinkToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.Values.FirstOrDefault(row => row.TokenHash == tokenHash));
        }
    }

    public Task<IReadOnlyList<LinkToken>> ListActiveAsync(Guid documentId, string recipientEmail, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<LinkToken> active = [.. _rows.Values.Where(row =>
                row.DocumentId == documentId && row.RecipientEmail == recipientEmail && row.UsedAt is null && row.SupersededAt is null)];
            return Task.FromResult(active);
        }
    }
}
