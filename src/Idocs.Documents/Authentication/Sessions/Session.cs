using Idocs.Common.Ids;

namespace Idocs.Documents.Authentication.Sessions;

/// <summary>A person's logged-in session, with the profile they selected in it.</summary>
public sealed class Session
{
    private Session(Guid id, string tokenHash, Guid personId, string origin, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        TokenHash = tokenHash;
        PersonId = personId;
        Origin = origin;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; }

    /// <summary>The SHA-256 of the token the browser holds; see <see cref="SessionToken"/>.</summary>
    public string TokenHash { get; }

    public Guid PersonId { get; }

    public string Origin { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The profile the person works in, null until they choose one.</summary>
    public Guid? ProfileId { get; private set; }

    public Guid? EmployeeId { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public SessionRevocationReason? RevocationReason { get; private set; }

    public static Session Start(string tokenHash, Guid personId, string origin, DateTimeOffset at, TimeSpan lifetime, TimeProvider clock) =>
        new(IdGenerator.NewId(clock), tokenHash, personId, origin, at, at + lifetime);

    public void SelectProfile(Guid profileId, Guid employeeId)
    {
        ProfileId = profileId;
        EmployeeId = employeeId;
    }

    public void Revoke(SessionRevocationReason reason, DateTimeOffset at)
    {
        if (RevokedAt is null)
        {
            RevokedAt = at;
            RevocationReason = reason;
        }
    }

    /// <summary>Returns a detached copy, as a fresh load from storage would; used by in-memory stores in tests.</summary>
    internal Session Copy() => (Session)MemberwiseClone();
}
