using Idocs.Storage;
using Microsoft.Data.Sqlite;

namespace Idocs.Testing.Databases;

/// <summary>SQLite databases in files under a temporary folder that is deleted with the fixture.</summary>
public sealed class SqliteDatabaseFixture : StorageDatabaseFixture
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"idocs-test-{Guid.NewGuid():N}");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string?> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, $"idocs-{Guid.NewGuid():N}.db");
        var builder = new SqliteConnectionStringBuilder { DataSource = file };
        return Task.FromResult<string?>(builder.ConnectionString);
    }

    protected override Task DropDatabaseAsync(string connectionString)
    {
        // Pooled connections keep the files open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
