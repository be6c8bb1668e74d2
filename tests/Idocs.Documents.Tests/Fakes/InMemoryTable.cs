using System.Runtime.CompilerServices;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>
/// A table for the in-memory stores that behaves like a database table. It stores detached copies
/// and enforces the primary key and the unique indexes it is given. A save fails when the row changed
/// after the caller loaded it (optimistic concurrency) or would break a unique index.
/// </summary>
public sealed class InMemoryTable<TKey, TEntity>(Func<TEntity, TKey> keyOf, Func<TEntity, TEntity> copy, params UniqueIndex<TEntity>[] uniqueIndexes)
    where TKey : notnull
    where TEntity : class
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, (TEntity Row, int Version)> _rows = [];
    private readonly ConditionalWeakTable<TEntity, StrongBox<int>> _loadedVersions = [];

    public bool TryAdd(TEntity entity)
    {
        lock (_gate)
        {
            var key = keyOf(entity);
            if (_rows.ContainsKey(key) || ViolatesUniqueIndex(entity, key))
            {
                return false;
            }

            _rows[key] = (copy(entity), 1);
            _loadedVersions.AddOrUpdate(entity, new StrongBox<int>(1));
            return true;
        }
    }

    public bool TrySave(TEntity entity)
    {
        lock (_gate)
        {
            if (!_loadedVersions.TryGetValue(entity, out var loaded))
            {
                throw new InvalidOperationException("The entity was not loaded from or added to this table.");
            }

            var key = keyOf(entity);
            if (!_rows.TryGetValue(key, out var row) || row.Version != loaded.Value || ViolatesUniqueIndex(entity, key))
            {
                return false;
            }

            _rows[key] = (copy(entity), row.Version + 1);
            loaded.Value = row.Version + 1;
            return true;
        }
    }

    /// <summary>Changes matching rows in place, as an UPDATE statement would; returns how many changed.</summary>
    public int Update(Func<TEntity, bool> predicate, Action<TEntity> change)
    {
        lock (_gate)
        {
            var changed = 0;
            foreach (var (key, row) in _rows.Where(pair => predicate(pair.Value.Row)).ToList())
            {
                var updated = copy(row.Row);
                change(updated);
                _rows[key] = (updated, row.Version + 1);
                changed++;
            }

            return changed;
        }
    }

    /// <summary>Deletes matching rows, as a DELETE statement would; returns how many.</summary>
    public int Delete(Func<TEntity, bool> predicate)
    {
        lock (_gate)
        {
            var keys = _rows.Where(pair => predicate(pair.Value.Row)).Select(pair => pair.Key).ToList();
            foreach (var key in keys)
            {
                _rows.Remove(key);
            }

            return keys.Count;
        }
    }

    public TEntity? Find(TKey key, Func<TEntity, bool>? filter = null)
    {
        lock (_gate)
        {
            return _rows.TryGetValue(key, out var row) && (filter is null || filter(row.Row)) ? Load(row) : null;
        }
    }

    public List<TEntity> Where(Func<TEntity, bool> predicate)
    {
        lock (_gate)
        {
            return _rows.Values.Where(row => predicate(row.Row)).Select(Load).ToList();
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

    private bool ViolatesUniqueIndex(TEntity entity, TKey key) =>
        uniqueIndexes.Any(index => index.AppliesTo(entity)
            && _rows.Any(pair => !pair.Key.Equals(key) && index.AppliesTo(pair.Value.Row) && Equals(index.KeyOf(pair.Value.Row), index.KeyOf(entity))));

    private TEntity Load((TEntity Row, int Version) row)
    {
        var loaded = copy(row.Row);
        _loadedVersions.AddOrUpdate(loaded, new StrongBox<int>(row.Version));
        return loaded;
    }
}
