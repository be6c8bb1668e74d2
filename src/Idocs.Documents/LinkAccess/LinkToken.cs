namespace Idocs.Documents.LinkAccess;

/// <summary>
/// A stored link grant for an unregistered counterparty. Only the SHA-256 of the random token is
/// kept, so a database leak does not reveal working links.
/// </summary>
public sealed record LinkToken
{
    public required Guid Id { get; init; }

    public required Guid DocumentId { get; init; }

    /// <summary>The recipient's email address, lowercase.</summary>
    public required string RecipientEmail { get; init; }

    /// <summary>Lowercase hex SHA-256 of the token bytes.</summary>
    public required string TokenHash { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>Set when a newer token for the same document and recipient replaced this one.</summary>
    public DateTimeOffset? SupersededAt { get; init; }

    public int Version { get; init; }
}
