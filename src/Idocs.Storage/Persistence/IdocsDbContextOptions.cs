using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Persistence;

/// <summary>
/// Provider settings for <see cref="IdocsDbContext"/>, shared by the application, the
/// <c>idocs migrate</c> command, the design-time factories and the test fixtures.
/// </summary>
public static class IdocsDbContextOptions
{
    public const string SqliteMigrationsAssembly = "Idocs.Storage.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "Idocs.Storage.PostgreSql";
    public const string SqliteFileName = "idocs.db";

    /// <summary>Points the builder at the configured provider and its migrations assembly.</summary>
    public static DbContextOptionsBuilder Apply(DbContextOptionsBuilder builder, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(
                ResolveConnectionString(options),
                npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly));
            return builder;
        }

        builder.UseSqlite(
            ResolveConnectionString(options),
            sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        return builder;
    }

    /// <summary>
    /// Returns the configured connection string. With SQLite and none configured, returns one for
    /// <c>idocs.db</c> under <see cref="StorageOptions.DataDirectory"/> and creates that folder.
    /// </summary>
    public static string ResolveConnectionString(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            throw new InvalidOperationException(
                "Storage:ConnectionString is empty but Storage:Provider is PostgreSql. " +
                "Set Storage:ConnectionString (environment variable Storage__ConnectionString), " +
                "for example Host=db;Port=5432;Database=idocs;Username=idocs;Password=...");
        }

        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, SqliteFileName)}";
    }
}
