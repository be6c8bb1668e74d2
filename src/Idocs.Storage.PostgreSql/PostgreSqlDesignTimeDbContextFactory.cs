using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Idocs.Storage.PostgreSql;

/// <summary>
/// Builds the context for <c>dotnet ef</c> when it generates PostgreSQL migrations. Generating a
/// migration never connects, so the connection string names no real server.
/// </summary>
public sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<IdocsDbContext>
{
    public IdocsDbContext CreateDbContext(string[] args)
    {
        var options = new StorageOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = "Host=127.0.0.1;Database=idocs_design;Username=idocs",
        };
        var builder = new DbContextOptionsBuilder<IdocsDbContext>();
        IdocsDbContextOptions.Apply(builder, options);
        return new IdocsDbContext(builder.Options);
    }
}
