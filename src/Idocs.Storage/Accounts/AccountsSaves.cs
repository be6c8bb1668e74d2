using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>
/// The save behind every <c>TryAdd…</c> and <c>TrySave…</c> of the accounts stores: a unique
/// violation or a concurrency conflict returns false instead of throwing, and the rejected entity
/// leaves the change tracker so that the next save of the shared context does not repeat it.
/// </summary>
/// <remarks>
/// Inside a transaction EF Core sets a savepoint before each save and rolls back to it on failure,
/// so on PostgreSQL the transaction stays usable after a rejected row.
/// </remarks>
internal static class AccountsSaves
{
    public static async Task<bool> TryAddAsync<TEntity>(IdocsDbContext dbContext, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        dbContext.Add(entity);
        return await TrySaveAsync(dbContext, entity, cancellationToken);
    }

    public static async Task<bool> TryUpdateAsync<TEntity>(IdocsDbContext dbContext, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        var entry = dbContext.Entry(entity);
        if (entry.State == EntityState.Detached)
        {
            // An entity that was not read through this context has no original version to check.
            throw new InvalidOperationException(
                $"The {typeof(TEntity).Name} to save was not loaded by this request's stores; load it before changing it.");
        }

        return await TrySaveAsync(dbContext, entity, cancellationToken);
    }

    private static async Task<bool> TrySaveAsync(IdocsDbContext dbContext, object entity, CancellationToken cancellationToken)
    {
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (IsRejection(exception))
        {
            foreach (var failed in exception.Entries)
            {
                failed.State = EntityState.Detached;
            }

            dbContext.Entry(entity).State = EntityState.Detached;
            return false;
        }
    }

    private static bool IsRejection(DbUpdateException exception) =>
        StorageErrorTranslator.TryTranslate(exception, out var error)
        && error.Code is StorageErrorCodes.UniqueViolation or StorageErrorCodes.ConcurrencyConflict;
}
