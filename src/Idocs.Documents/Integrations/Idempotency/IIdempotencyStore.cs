using Idocs.Common.Results;

namespace Idocs.Documents.Integrations.Idempotency;

public interface IIdempotencyStore
{
    /// <summary>Finds the record of a key that has not expired at <paramref name="now"/>.</summary>
    Task<IdempotencyRecord?> FindAsync(string callerKey, string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new in-progress record, first removing an expired one of the same key. Returns
    /// <c>storage.unique_violation</c> when a concurrent request stored the key first.
    /// </summary>
    Task<Result> ReserveAsync(IdempotencyRecord record, CancellationToken cancellationToken);

    Task CompleteAsync(IdempotencyRecord record, CancellationToken cancellationToken);

    /// <summary>Removes a reservation whose request failed with an exception, so a retry can run.</summary>
    Task ReleaseAsync(IdempotencyRecord record, CancellationToken cancellationToken);

    /// <summary>Deletes records expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
