namespace Idocs.Documents.People;

/// <summary>
/// Persists people. People belong to no profile. Storage enforces a unique IIN and a concurrency
/// token for <see cref="TrySaveAsync"/>.
/// </summary>
public interface IPersonStore
{
    /// <summary>Inserts a person; returns false when a person with the IIN exists.</summary>
    Task<bool> TryAddAsync(Person person, CancellationToken cancellationToken);

    Task<bool> TrySaveAsync(Person person, CancellationToken cancellationToken);

    Task<Person?> FindAsync(Guid personId, CancellationToken cancellationToken);

    Task<Person?> FindByIinAsync(string iin, CancellationToken cancellationToken);
}
