namespace Idocs.Documents.Events;

/// <summary>
/// A fact from accounts that other parts act on (billing starts the trial, mail sends an invitation).
/// It goes through <see cref="IAccountEventOutbox"/>, not a direct call, because those parts reference
/// this assembly and not the other way round.
/// </summary>
public interface IAccountEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
