using System.Runtime.CompilerServices;

namespace Idocs.Storage.Billing;

/// <summary>
/// Remembers the concurrency version each domain object had when a store loaded it, without
/// keeping the object alive, so that a later save can compare and swap on that version.
/// </summary>
internal sealed class LoadedVersions<T>
    where T : class
{
    private readonly ConditionalWeakTable<T, StrongBox<long>> _versions = [];

    public void Remember(T entity, long version) => _versions.AddOrUpdate(entity, new StrongBox<long>(version));

    /// <summary>Returns the version the entity was loaded or last saved with. Throws for an entity no store loaded.</summary>
    public long Get(T entity) =>
        _versions.TryGetValue(entity, out var box)
            ? box.Value
            : throw new InvalidOperationException(
                $"The {typeof(T).Name} was not loaded through its store, so it has no version to save against; load it first.");
}
