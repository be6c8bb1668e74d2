using Idocs.Common.Results;

namespace Idocs.Storage.Outbox;

/// <summary>
/// Delivers outbox messages of one type (sends the mail, calls the webhook). Resolved from a new
/// scope for each message. Delivery is at least once: a handler that succeeds but crashes before
/// the dispatcher records it runs again, so handlers must be idempotent by message id. Messages are
/// delivered roughly in the order they became due, with no ordering guarantee between them.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>The <see cref="OutboxMessage.Type"/> this handler delivers.</summary>
    string MessageType { get; }

    /// <summary>
    /// Delivers the message. A failure result or an exception schedules a retry with back-off.
    /// </summary>
    Task<Result> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
