namespace Idocs.Storage;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
