namespace Idocs.Documents.Events;

/// <summary>
/// Saves account events as outbox rows; a background worker delivers them to their handlers.
/// Storage implements it on the outbox table.
/// </summary>
public interface IAccountEventOutbox
{
    Task EnqueueAsync(IAccountEvent accountEvent, CancellationToken cancellationToken);
}
