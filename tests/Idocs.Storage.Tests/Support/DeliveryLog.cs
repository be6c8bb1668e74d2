using System.Collections.Concurrent;
using Idocs.Storage.Outbox;

namespace Idocs.Storage.Tests.Support;

/// <summary>Every delivery the test handlers saw, shared by all dispatchers of a test.</summary>
internal sealed class DeliveryLog
{
    private readonly ConcurrentQueue<(Guid MessageId, string? ClaimedBy)> _deliveries = new();

    public IReadOnlyCollection<Guid> Deliveries => _deliveries.Select(delivery => delivery.MessageId).ToArray();

    /// <summary>Dispatcher instances that delivered at least one message.</summary>
    public IReadOnlyCollection<string?> Dispatchers => _deliveries.Select(delivery => delivery.ClaimedBy).Distinct().ToArray();

    public void Record(OutboxMessage message) => _deliveries.Enqueue((message.Id, message.ClaimedBy));
}
