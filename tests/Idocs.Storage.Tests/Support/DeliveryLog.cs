using System.Collections.Concurrent;

namespace Idocs.Storage.Tests.Support;

/// <summary>Every delivery the test handlers saw, shared by all dispatchers of a test.</summary>
internal sealed class DeliveryLog
{
    private readonly ConcurrentQueue<Guid> _deliveries = new();

    public IReadOnlyCollection<Guid> Deliveries => _deliveries.ToArray();

    public int Count => _deliveries.Count;

    public void Record(Guid messageId) => _deliveries.Enqueue(messageId);
}
