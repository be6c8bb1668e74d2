using Idocs.Storage;
using Idocs.Storage.Persistence;
using Idocs.Testing.Logging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Idocs.Testing.Databases;

/// <summary>
/// A migrated database of one provider for one test class, used as a class fixture. Each abstract
/// suite has one derived class per provider, so the same tests run on SQLite and PostgreSQL.
/// </summary>
public abstract class StorageDatabaseFixture : IAsyncLifetime
{
    private readonly List<string> _extraDatabases = [];
    private string? _connectionString;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Why the database could not be created, or null when it is ready.</summary>
    public string? UnavailableReason { get; protected set; }

    /// <summary>Connection string of this fixture's database.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException(UnavailableReason ?? "The database fixture was not initialized.");

    /// <summary>Log entries written by every service provider this fixture created.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>Marks the running test as skipped when this provider's server is not configured.</summary>
    public void SkipIfUnavailable()
    {
        if (UnavailableReason is not null)
        {
            Assert.Skip(UnavailableReason);
        }
    }

    public async ValueTask InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync();
        if (_connectionString is null)
        {
            return;
        }

        await using var services = CreateServices();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Logs.Dispose();
        foreach (var connectionString in _extraDatabases)
        {
            await DropDatabaseAsync(connectionString);
        }

        if (_connectionString is not null)
        {
            await DropDatabaseAsync(_connectionString);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Creates another database, empty and not migrated, that is dropped with the fixture. Returns
    /// its connection string.
    /// </summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        SkipIfUnavailable();
        var connectionString = await CreateDatabaseAsync()
            ?? throw new InvalidOperationException(UnavailableReason);
        _extraDatabases.Add(connectionString);
        return connectionString;
    }

    /// <summary>
    /// Returns configuration pointing at this database, with <paramref name="settings"/> added or overriding.
    /// </summary>
    public IConfiguration CreateConfiguration(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = Provider.ToString(),
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:MigrateOnStartup"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>Builds a service provider with <c>AddIdocsStorage</c> over this database.</summary>
    public ServiceProvider CreateServices(
        Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = CreateConfiguration(settings);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddIdocsStorage(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Creates a context of its own, outside any service provider, for tests that need two.</summary>
    public IdocsDbContext CreateDbContext(string? connectionString = null)
    {
        var options = new StorageOptions { Provider = Provider, ConnectionString = connectionString ?? ConnectionString };
        var builder = new DbContextOptionsBuilder<IdocsDbContext>();
        IdocsDbContextOptions.Apply(builder, options);
        return new IdocsDbContext(builder.Options);
    }

    /// <summary>Creates an empty database and returns its connection string, or null with <see cref="UnavailableReason"/> set.</summary>
    protected abstract Task<string?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync(string connectionString);
}
