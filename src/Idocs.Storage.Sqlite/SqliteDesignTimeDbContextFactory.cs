using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Idocs.Storage.Sqlite;

/// <summary>
/// Builds the context for <c>dotnet ef</c> when it generates SQLite migrations. Generating a
/// migration never opens the database; the file name only has to be a valid SQLite connection.
/// </summary>
public sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<IdocsDbContext>
{
    public IdocsDbContext CreateDbContext(string[] args)
    {
        var options = new StorageOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = "Data Source=idocs-design.db",
        };
        var builder = new DbContextOptionsBuilder<IdocsDbContext>();
        IdocsDbContextOptions.Apply(builder, options);
        return new IdocsDbContext(builder.Options);
    }
}
