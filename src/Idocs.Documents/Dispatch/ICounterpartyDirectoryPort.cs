using Idocs.Documents.Documents;

namespace Idocs.Documents.Dispatch;

/// <summary>Finds a registered profile by BIN or IIN; the accounts domain implements it.</summary>
public interface ICounterpartyDirectoryPort
{
    /// <summary>Returns the profile id, or null when no active profile has that identifier.</summary>
    Task<Guid?> FindProfileAsync(CounterpartyIdentifierKind kind, string identifier, CancellationToken cancellationToken);
}
