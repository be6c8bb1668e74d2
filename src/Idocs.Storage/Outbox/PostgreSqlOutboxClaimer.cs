using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Outbox;

/// <summary>
/// Claims with <c>SELECT ... FOR UPDATE SKIP LOCKED</c>, so any number of dispatchers on any number
/// of nodes take disjoint batches without waiting for each other.
/// </summary>
internal sealed class PostgreSqlOutboxClaimer : IOutboxClaimer
{
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(IdocsDbContext dbContext, OutboxClaim claim, CancellationToken cancellationToken)
    {
        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);

        // Table and column names are fixed by OutboxMessageConfiguration and SnakeCaseNames.
        var candidateIds = await dbContext.Database
            .SqlQuery<Guid>($"""
                SELECT id AS "Value"
                FROM outbox_messages
                WHERE next_attempt_at <= {claim.Now}
                  AND (claimed_until IS NULL OR claimed_until < {claim.Now})
                ORDER BY next_attempt_at, id
                LIMIT {claim.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        var claimed = await OutboxClaimUpdate.ClaimAsync(dbContext, candidateIds, claim, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }
}
