namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>
/// A company's credential for an integration such as the 1C module. Only the SHA-256 hash of the
/// secret is kept; the secret itself is shown once, when an Admin issues the token.
/// </summary>
public sealed class ApiToken
{
    // For EF Core, which sets the properties from the row.
    private ApiToken()
    {
        Name = TokenHash = Prefix = Scopes = string.Empty;
    }

    public ApiToken(Guid id, Guid profileId, string name, string tokenHash, string prefix, IReadOnlyCollection<string> scopes, Guid issuedByPersonId, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        ArgumentNullException.ThrowIfNull(scopes);

        Id = id;
        ProfileId = profileId;
        Name = name;
        TokenHash = tokenHash;
        Prefix = prefix;
        Scopes = string.Join(' ', scopes);
        IssuedByPersonId = issuedByPersonId;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The company (profile) the token acts for.</summary>
    public Guid ProfileId { get; private set; }

    /// <summary>The Admin's label, for example "1C Бухгалтерия, main office".</summary>
    public string Name { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The first characters of the secret, so an Admin can tell tokens apart in a list.</summary>
    public string Prefix { get; private set; }

    /// <summary>Granted scopes separated by single spaces, as in OAuth 2.0.</summary>
    public string Scopes { get; private set; }

    public Guid IssuedByPersonId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid? RevokedByPersonId { get; private set; }

    /// <summary>Time of the last authenticated call, updated at most once a minute.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsRevoked => RevokedAt is not null;

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Revokes the token; revoking a revoked token keeps the first revocation.</summary>
    public void Revoke(Guid personId, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return;
        }

        RevokedAt = now;
        RevokedByPersonId = personId;
    }

    /// <summary>Records a call; returns whether the stored time changed and needs saving.</summary>
    public bool RecordUse(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(1))
        {
            return false;
        }

        LastUsedAt = now;
        return true;
    }
}
