using Idocs.Common.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Idocs.Storage.Persistence;

/// <summary>Saves and commits that return expected database failures as results.</summary>
public static class DbContextResultExtensions
{
    /// <summary>
    /// Saves the context's changes. Unique violations, concurrency conflicts, serialization failures,
    /// deadlocks and lock timeouts come back as failures with <see cref="StorageErrorCodes"/>.
    /// </summary>
    public static async Task<Result> TrySaveChangesAsync(this DbContext dbContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        return await StorageErrorTranslator.RunAsync(token => dbContext.SaveChangesAsync(token), cancellationToken);
    }

    /// <summary>
    /// Commits the transaction. PostgreSQL reports some serialization failures only at commit.
    /// </summary>
    public static async Task<Result> TryCommitAsync(this IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return await StorageErrorTranslator.RunAsync(transaction.CommitAsync, cancellationToken);
    }
}
