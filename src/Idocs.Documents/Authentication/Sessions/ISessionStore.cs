namespace Idocs.Documents.Authentication.Sessions;

/// <summary>
/// Persists sessions; they belong to people, not profiles. Storage enforces a unique
/// <see cref="Session.TokenHash"/> and a concurrency token for <see cref="TrySaveAsync"/>.
/// </summary>
public interface ISessionStore
{
    Task AddAsync(Session session, CancellationToken cancellationToken);

    Task<bool> TrySaveAsync(Session session, CancellationToken cancellationToken);

    Task<Session?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Revokes every unrevoked session working as <paramref name="employeeId"/>; returns how many.</summary>
    Task<int> RevokeForEmployeeAsync(Guid employeeId, SessionRevocationReason reason, DateTimeOffset at, CancellationToken cancellationToken);
}
