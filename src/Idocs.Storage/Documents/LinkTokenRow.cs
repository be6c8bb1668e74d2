namespace Idocs.Storage.Documents;

/// <summary>The <c>link_tokens</c> table; only the SHA-256 of each token is stored.</summary>
public sealed class LinkTokenRow
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public string RecipientEmail { get; set; } = string.Empty;

    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? SupersededAt { get; set; }
}
