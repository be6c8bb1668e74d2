using Idocs.Cli;
using Idocs.Cli.Commands;
using Idocs.Storage.Persistence;
using Idocs.Testing.Databases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Idocs.Storage.Tests.Persistence;

public sealed class SqliteDatabaseMigratorTests(SqliteDatabaseFixture database)
    : DatabaseMigratorTests(database), IClassFixture<SqliteDatabaseFixture>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"idocs-migrate-{Guid.NewGuid():N}");

    [Fact]
    public async Task MigrateCommand_UnknownProvider_FailsWithoutMigrating()
    {
        var exitCode = await IdocsCommandLine.Create()
            .Parse(["migrate", "--provider", "oracle"])
            .InvokeAsync(cancellationToken: Token);

        Assert.Equal(MigrateCommand.InvalidArguments, exitCode);
    }

    [Fact]
    public async Task StartAsync_DefaultSqlite_CreatesFileInDataDirectory()
    {
        var dataDirectory = Path.Combine(_directory, "data");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory })
            .Build();
        var services = new ServiceCollection().AddLogging().AddIdocsStorage(configuration);
        await using var provider = services.BuildServiceProvider();
        var migration = provider.GetServices<IHostedService>().OfType<DatabaseMigrationHostedService>().Single();

        await migration.StartAsync(Token);

        var databaseFile = Path.Combine(dataDirectory, IdocsDbContextOptions.SqliteFileName);
        await using var scope = provider.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IdocsDbContext>();
        Assert.True(File.Exists(databaseFile), $"{databaseFile} was not created.");
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Token));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
