using Idocs.Storage.Persistence;

namespace Idocs.Storage.Outbox;

/// <summary>
/// Claims due outbox messages for one dispatcher, so that no other dispatcher delivers them
/// until the claim ends.
/// </summary>
internal interface IOutboxClaimer
{
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(IdocsDbContext dbContext, OutboxClaim claim, CancellationToken cancellationToken);
}
