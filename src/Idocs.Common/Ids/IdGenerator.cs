namespace Idocs.Common.Ids;

/// <summary>
/// Creates entity ids. Version 7 GUIDs sort by creation time, which keeps B-tree inserts local
/// in PostgreSQL and SQLite.
/// </summary>
public static class IdGenerator
{
    public static Guid NewId() => Guid.CreateVersion7();

    public static Guid NewId(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Guid.CreateVersion7(clock.GetUtcNow());
    }
}
