using Idocs.Common.Results;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>
/// Runs a use case that writes several rows (registration, login with joined invitations, the
/// director change review) in one database transaction of the request's context: a success
/// commits every row, a failure result or an exception rolls all of them back.
/// </summary>
public sealed class AccountsTransaction(IdocsDbContext dbContext)
{
    public async Task<Result<T>> RunAsync<T>(Func<CancellationToken, Task<Result<T>>> useCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        if (dbContext.Database.CurrentTransaction is not null)
        {
            // Already inside a caller's transaction, which commits or rolls back for both.
            return await useCase(cancellationToken);
        }

        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
        Result<T> result;
        try
        {
            result = await useCase(cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            dbContext.ChangeTracker.Clear();
            throw;
        }

        if (!result.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            dbContext.ChangeTracker.Clear();
            return result;
        }

        var committed = await transaction.TryCommitAsync(cancellationToken);
        if (!committed.IsSuccess)
        {
            dbContext.ChangeTracker.Clear();
            return committed.Error;
        }

        return result;
    }
}
