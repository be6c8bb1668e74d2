using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Outbox;

/// <summary>The claim statements both providers share once they have chosen candidate ids.</summary>
internal static class OutboxClaimUpdate
{
    /// <summary>
    /// Marks the candidates that are still due and unclaimed as claimed, then reads them back.
    /// Re-checking the condition in the UPDATE makes a race between two claimers harmless.
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        IdocsDbContext dbContext, IReadOnlyCollection<Guid> candidateIds, OutboxClaim claim, CancellationToken cancellationToken)
    {
        if (candidateIds.Count == 0)
        {
            return [];
        }

        var now = claim.Now;
        await dbContext.OutboxMessages
            .Where(message => candidateIds.Contains(message.Id))
            .Where(message => message.NextAttemptAt <= now && (message.ClaimedUntil == null || message.ClaimedUntil < now))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(message => message.ClaimedBy, claim.ClaimedBy)
                    .SetProperty(message => message.ClaimedUntil, claim.ClaimedUntil)
                    .SetProperty(
                        message => EF.Property<long>(message, ConcurrencyVersion.PropertyName),
                        message => EF.Property<long>(message, ConcurrencyVersion.PropertyName) + 1),
                cancellationToken);

        return await dbContext.OutboxMessages
            .AsNoTracking()
            .Where(message => candidateIds.Contains(message.Id) && message.ClaimedBy == claim.ClaimedBy)
            .OrderBy(message => message.NextAttemptAt)
            .ToListAsync(cancellationToken);
    }
}
