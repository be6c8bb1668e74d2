using Idocs.Documents.Authentication.Sessions;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

public sealed class EntityFrameworkSessionStore(IdocsDbContext dbContext) : ISessionStore
{
    public async Task AddAsync(Session session, CancellationToken cancellationToken)
    {
        dbContext.Add(session);
        await dbContext.SaveChangesAsync(cancellationToken);
    }

    public Task<bool> TrySaveAsync(Session session, CancellationToken cancellationToken) =>
        AccountsSaves.TryUpdateAsync(dbContext, session, cancellationToken);

    public Task<Session?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        dbContext.Set<Session>().FirstOrDefaultAsync(session => session.TokenHash == tokenHash, cancellationToken);

    /// <summary>One set-based UPDATE; it increments the concurrency version itself, as such updates must.</summary>
    public Task<int> RevokeForEmployeeAsync(Guid employeeId, SessionRevocationReason reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        dbContext.Set<Session>()
            .Where(session => session.EmployeeId == employeeId && session.RevokedAt == null)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(session => session.RevokedAt, at)
                    .SetProperty(session => session.RevocationReason, reason)
                    .SetProperty(
                        session => EF.Property<long>(session, ConcurrencyVersion.PropertyName),
                        session => EF.Property<long>(session, ConcurrencyVersion.PropertyName) + 1),
                cancellationToken);
}
