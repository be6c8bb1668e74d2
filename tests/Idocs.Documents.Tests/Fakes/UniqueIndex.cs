namespace Idocs.Documents.Tests.Fakes;

/// <summary>A unique index of an in-memory table; <paramref name="AppliesTo"/> makes it partial (a filtered index).</summary>
public sealed record UniqueIndex<TEntity>(Func<TEntity, object> KeyOf, Func<TEntity, bool> AppliesTo)
{
    public UniqueIndex(Func<TEntity, object> keyOf)
        : this(keyOf, _ => true)
    {
    }
}
