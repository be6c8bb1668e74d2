using Idocs.Documents.Authentication.Challenges;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemoryLoginChallengeStore : ILoginChallengeStore
{
    private readonly InMemoryTable<Guid, LoginChallenge> _table = new(challenge => challenge.Id, challenge => challenge.Copy());

    public int Count => _table.Count;

    public Task AddAsync(LoginChallenge challenge, CancellationToken cancellationToken)
    {
        if (!_table.TryAdd(challenge))
        {
            throw new InvalidOperationException($"The challenge {challenge.Id} already exists.");
        }

        return Task.CompletedTask;
    }

    public Task<LoginChallenge?> FindAsync(Guid challengeId, CancellationToken cancellationToken) => Task.FromResult(_table.Find(challengeId));

    public Task<bool> TryConsumeAsync(Guid challengeId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Update(
            challenge => challenge.Id == challengeId && challenge.ConsumedAt is null,
            challenge => challenge.Consume(at)) == 1);

    public Task<int> DeleteExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Delete(challenge => challenge.ExpiresAt < before));
}
