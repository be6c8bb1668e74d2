namespace Idocs.Storage.Outbox;

/// <summary>
/// An outbox message that failed <see cref="OutboxOptions.MaxAttempts"/> times and is no longer
/// retried. An operator reads its error, fixes the cause and enqueues it again if needed.
/// </summary>
public sealed class OutboxDeadLetter
{
    private OutboxDeadLetter(Guid id, string type, string payload, DateTimeOffset createdAt, int attempts, string lastError, DateTimeOffset deadAt)
    {
        Id = id;
        Type = type;
        Payload = payload;
        CreatedAt = createdAt;
        Attempts = attempts;
        LastError = lastError;
        DeadAt = deadAt;
    }

    /// <summary>The id the message had in the outbox.</summary>
    public Guid Id { get; private set; }

    public string Type { get; private set; }

    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Error of the last attempt, the one that exhausted the retries.</summary>
    public string LastError { get; private set; }

    /// <summary>When the message was moved here.</summary>
    public DateTimeOffset DeadAt { get; private set; }

    /// <summary>Copies a message that has failed its last attempt.</summary>
    public static OutboxDeadLetter From(OutboxMessage message, DateTimeOffset deadAt)
    {
        ArgumentNullException.ThrowIfNull(message);

        return new OutboxDeadLetter(
            message.Id,
            message.Type,
            message.Payload,
            message.CreatedAt,
            message.Attempts,
            message.LastError ?? string.Empty,
            deadAt);
    }
}
