namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>A company's URL that receives the events it subscribed to, signed with its own secret.</summary>
public sealed class WebhookSubscription
{
    // For EF Core, which sets the properties from the row.
    private WebhookSubscription()
    {
        Url = Events = Secret = string.Empty;
    }

    public WebhookSubscription(Guid id, Guid profileId, string url, IReadOnlyCollection<string> events, string secret, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);

        Id = id;
        ProfileId = profileId;
        Url = url;
        Events = string.Join(' ', events);
        Secret = secret;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid ProfileId { get; private set; }

    public string Url { get; private set; }

    /// <summary>Subscribed event types separated by single spaces.</summary>
    public string Events { get; private set; }

    /// <summary>
    /// The HMAC key, shown once at registration. It is kept in clear because the server must sign
    /// with it.
    /// </summary>
    public string Secret { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public IReadOnlyList<string> EventList => Events.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive => RemovedAt is null;

    public bool Listens(string eventType) => IsActive && EventList.Contains(eventType, StringComparer.Ordinal);

    public void Remove(DateTimeOffset now) => RemovedAt ??= now;
}
