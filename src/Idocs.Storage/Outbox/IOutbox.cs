namespace Idocs.Storage.Outbox;

/// <summary>
/// Adds messages to the scoped <see cref="Persistence.IdocsDbContext"/>. They are written by the
/// caller's next save, in the same transaction as the business change, and are lost with it on
/// rollback.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds a message whose payload is <paramref name="payload"/> serialized as JSON.</summary>
    OutboxMessage Enqueue<TPayload>(string type, TPayload payload);

    /// <summary>Adds a message whose payload is already JSON.</summary>
    OutboxMessage EnqueueJson(string type, string jsonPayload);
}
