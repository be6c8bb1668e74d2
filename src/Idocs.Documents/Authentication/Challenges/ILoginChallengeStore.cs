namespace Idocs.Documents.Authentication.Challenges;

/// <summary>
/// Persists issued challenges server-side. Challenges belong to no profile. Storage makes
/// <see cref="TryConsumeAsync"/> atomic (an update guarded by "consumed_at is null"), so two nodes
/// answering the same challenge at once let only one of them through.
/// </summary>
public interface ILoginChallengeStore
{
    Task AddAsync(LoginChallenge challenge, CancellationToken cancellationToken);

    Task<LoginChallenge?> FindAsync(Guid challengeId, CancellationToken cancellationToken);

    /// <summary>Marks the challenge consumed at <paramref name="at"/>; returns false when it was already consumed or does not exist.</summary>
    Task<bool> TryConsumeAsync(Guid challengeId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Deletes challenges that expired before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
