using System.Runtime.CompilerServices;

namespace Idocs.Billing.Tests.Fakes;

/// <summary>
/// A table for the in-memory stores that behaves like a database table. It keeps detached copies
/// and enforces a primary key and optional unique keys on insert. It rejects a save when the row
/// changed after the caller loaded it (optimistic concurrency).
/// </summary>
public sealed class VersionedTable<TKey, TEntity>(Func<TEntity, TKey> keyOf, Func<TEntity, TEntity> copy)
    where TKey : notnull
    where TEntity : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, (TEntity Row, int Version)> _rows = [];
    private readonly ConditionalWeakTable<TEntity, StrongBox<int>> _loadedVersions = [];

    /// <summary>Inserts a row unless its key exists or <paramref name="conflictsWith"/> matches a stored row (a unique index).</summary>
    public bool TryAdd(TEntity entity, Func<TEntity, TEntity, bool>? conflictsWith = null)
    {
        lock (_gate)
        {
            if (_rows.ContainsKey(keyOf(entity))
                || (conflictsWith is not null && _rows.Values.Any(row => conflictsWith(row.Row, entity))))
            {
                return false;
            }

            _rows[keyOf(entity)] = (copy(entity), 1);
            _loadedVersions.AddOrUpdate(entity, new StrongBox<int>(1));
            return true;
        }
    }

    public TEntity? Find(TKey key)
    {
        lock (_gate)
        {
            return _rows.TryGetValue(key, out var row) ? Load(row) : null;
        }
    }

    public List<TEntity> Where(Func<TEntity, bool> predicate)
    {
        lock (_gate)
        {
            return _rows.Values.Where(row => predicate(row.Row)).Select(Load).ToList();
        }
    }

    /// <summary>Saves a loaded entity; false when another save happened since it was loaded.</summary>
    public bool TrySave(TEntity entity)
    {
        lock (_gate)
        {
            if (!_loadedVersions.TryGetValue(entity, out var loadedVersion))
            {
                throw new InvalidOperationException("The entity was not loaded from or added to this table.");
            }

            if (!_rows.TryGetValue(keyOf(entity), out var row) || row.Version != loadedVersion.Value)
            {
                return false;
            }

            _rows[keyOf(entity)] = (copy(entity), row.Version + 1);
            loadedVersion.Value = row.Version + 1;
            return true;
        }
    }

    private TEntity Load((TEntity Row, int Version) row)
    {
        var loaded = copy(row.Row);
        _loadedVersions.AddOrUpdate(loaded, new StrongBox<int>(row.Version));
        return loaded;
    }
}
