using Idocs.Common.Results;
using Idocs.Documents.Integrations.Idempotency;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Integrations;

public sealed class EntityFrameworkIdempotencyStore(IdocsDbContext dbContext) : IIdempotencyStore
{
    public Task<IdempotencyRecord?> FindAsync(string callerKey, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        dbContext.Set<IdempotencyRecord>()
            .AsNoTracking()
            .SingleOrDefaultAsync(record => record.CallerKey == callerKey && record.Key == key && record.ExpiresAt > now, cancellationToken);

    public async Task<Result> ReserveAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);

        await dbContext.Set<IdempotencyRecord>()
            .Where(stored => stored.CallerKey == record.CallerKey && stored.Key == record.Key && stored.ExpiresAt <= record.CreatedAt)
            .ExecuteDeleteAsync(cancellationToken);

        var entry = dbContext.Set<IdempotencyRecord>().Add(record);
        var saved = await dbContext.TrySaveChangesAsync(cancellationToken);
        if (!saved.IsSuccess)
        {
            // Left tracked, the failed insert would be retried by the endpoint's own save.
            entry.State = EntityState.Detached;
        }

        return saved;
    }

    public Task CompleteAsync(IdempotencyRecord record, CancellationToken cancellationToken) =>
        dbContext.SaveChangesAsync(cancellationToken);

    public async Task ReleaseAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);

        dbContext.Entry(record).State = EntityState.Detached;
        await dbContext.Set<IdempotencyRecord>().Where(stored => stored.Id == record.Id).ExecuteDeleteAsync(cancellationToken);
    }

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        dbContext.Set<IdempotencyRecord>().Where(record => record.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
