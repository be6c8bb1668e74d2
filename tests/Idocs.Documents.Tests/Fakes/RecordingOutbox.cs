using Idocs.Documents.Events;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Keeps the enqueued account events so tests can assert what was published.</summary>
public sealed class RecordingOutbox : IAccountEventOutbox
{
    private readonly List<IAccountEvent> _events = [];

    public IReadOnlyList<IAccountEvent> Events => _events;

    public Task EnqueueAsync(IAccountEvent accountEvent, CancellationToken cancellationToken)
    {
        _events.Add(accountEvent);
        return Task.CompletedTask;
    }
}
