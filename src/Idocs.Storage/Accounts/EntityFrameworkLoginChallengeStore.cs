using Idocs.Documents.Authentication.Challenges;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

public sealed class EntityFrameworkLoginChallengeStore(IdocsDbContext dbContext) : ILoginChallengeStore
{
    public async Task AddAsync(LoginChallenge challenge, CancellationToken cancellationToken)
    {
        dbContext.Add(challenge);
        await dbContext.SaveChangesAsync(cancellationToken);
    }

    public Task<LoginChallenge?> FindAsync(Guid challengeId, CancellationToken cancellationToken) =>
        dbContext.Set<LoginChallenge>().AsNoTracking().FirstOrDefaultAsync(challenge => challenge.Id == challengeId, cancellationToken);

    /// <summary>
    /// One <c>UPDATE … WHERE id = @id AND consumed_at IS NULL</c>: of two nodes answering the same
    /// challenge at once, the database lets exactly one update the row.
    /// </summary>
    public async Task<bool> TryConsumeAsync(Guid challengeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var updated = await dbContext.Set<LoginChallenge>()
            .Where(challenge => challenge.Id == challengeId && challenge.ConsumedAt == null)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(challenge => challenge.ConsumedAt, at)
                    .SetProperty(
                        challenge => EF.Property<long>(challenge, ConcurrencyVersion.PropertyName),
                        challenge => EF.Property<long>(challenge, ConcurrencyVersion.PropertyName) + 1),
                cancellationToken);
        return updated == 1;
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        dbContext.Set<LoginChallenge>().Where(challenge => challenge.ExpiresAt < before).ExecuteDeleteAsync(cancellationToken);
}
