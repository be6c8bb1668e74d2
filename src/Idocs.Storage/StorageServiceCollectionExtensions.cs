using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Idocs.Storage.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "Idocs.Storage.PostgreSql";

    /// <summary>
    /// Registers the relational store for the provider named in the <c>Storage</c> section.
    /// </summary>
    public static IServiceCollection AddIdocsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));

        services.AddDbContext<IdocsDbContext>(builder => ConfigureProvider(builder, options));
        services.AddScoped<IDatabaseMigrator, DatabaseMigrator>();
        return services;
    }

    private static void ConfigureProvider(DbContextOptionsBuilder builder, StorageOptions options)
    {
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly));
            return;
        }

        var dataDirectory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? $"Data Source={Path.Combine(dataDirectory, "idocs.db")}"
            : options.ConnectionString;
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
    }
}
