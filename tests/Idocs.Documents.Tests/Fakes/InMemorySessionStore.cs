using Idocs.Documents.Authentication.Sessions;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemorySessionStore : ISessionStore
{
    private readonly InMemoryTable<Guid, Session> _table = new(
        session => session.Id,
        session => session.Copy(),
        new UniqueIndex<Session>(session => session.TokenHash));

    public Task AddAsync(Session session, CancellationToken cancellationToken)
    {
        if (!_table.TryAdd(session))
        {
            throw new InvalidOperationException($"The session {session.Id} or its token hash already exists.");
        }

        return Task.CompletedTask;
    }

    public Task<bool> TrySaveAsync(Session session, CancellationToken cancellationToken) => Task.FromResult(_table.TrySave(session));

    public Task<Session?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Where(session => session.TokenHash == tokenHash).SingleOrDefault());

    public Task<int> RevokeForEmployeeAsync(Guid employeeId, SessionRevocationReason reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Update(
            session => session.EmployeeId == employeeId && session.RevokedAt is null,
            session => session.Revoke(reason, at)));
}
