using Idocs.Storage;
using Microsoft.Data.Sqlite;

namespace Idocs.Testing.Databases;

/// <summary>A SQLite database in a temporary file, deleted with the fixture.</summary>
public sealed class SqliteDatabaseFixture : StorageDatabaseFixture
{
    private string? _directory;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string?> CreateDatabaseAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"idocs-test-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "idocs.db") };
        return Task.FromResult<string?>(builder.ConnectionString);
    }

    protected override Task DropDatabaseAsync(string connectionString)
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
