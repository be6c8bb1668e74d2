namespace Idocs.Storage.Outbox;

/// <summary>
/// A message written in the same transaction as the business change that caused it, and delivered
/// afterwards by <see cref="OutboxDispatcher"/> to the <see cref="IOutboxHandler"/> of its type.
/// </summary>
public sealed class OutboxMessage
{
    public OutboxMessage(Guid id, string type, string payload, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(payload);

        Id = id;
        Type = type;
        Payload = payload;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Message type that selects the handler, for example <c>mail.send</c>.</summary>
    public string Type { get; private set; }

    /// <summary>The message body as JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Number of failed delivery attempts so far.</summary>
    public int Attempts { get; private set; }

    /// <summary>Earliest time of the next delivery attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Error of the last failed attempt, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Dispatcher instance that claimed the message, or null when the message is unclaimed.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>End of the claim: after it another dispatcher may take the message again.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>Records a failed attempt and releases the claim until <paramref name="nextAttemptAt"/>.</summary>
    public void RecordFailure(string error, DateTimeOffset nextAttemptAt)
    {
        ArgumentNullException.ThrowIfNull(error);

        Attempts++;
        LastError = error;
        NextAttemptAt = nextAttemptAt;
        ClaimedBy = null;
        ClaimedUntil = null;
    }
}
