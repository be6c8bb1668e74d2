using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Outbox;

/// <summary>
/// Claims on SQLite, which has no row locks: one claim at a time per process. SQLite mode is
/// single-node; the re-checked UPDATE keeps a second process from double-claiming, but several
/// processes on one database file are neither tested nor supported.
/// </summary>
internal sealed class SqliteOutboxClaimer : IOutboxClaimer
{
    private static readonly SemaphoreSlim ProcessWideClaimLock = new(1, 1);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(IdocsDbContext dbContext, OutboxClaim claim, CancellationToken cancellationToken)
    {
        await ProcessWideClaimLock.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);

            var now = claim.Now;
            var candidateIds = await dbContext.OutboxMessages
                .Where(message => message.NextAttemptAt <= now && (message.ClaimedUntil == null || message.ClaimedUntil < now))
                .OrderBy(message => message.NextAttemptAt)
                .ThenBy(message => message.Id)
                .Select(message => message.Id)
                .Take(claim.BatchSize)
                .ToListAsync(cancellationToken);

            var claimed = await OutboxClaimUpdate.ClaimAsync(dbContext, candidateIds, claim, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return claimed;
        }
        finally
        {
            ProcessWideClaimLock.Release();
        }
    }
}
