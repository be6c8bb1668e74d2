using Idocs.Cli;
using Idocs.Cli.Commands;
using Idocs.Storage.Persistence;
using Idocs.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Idocs.Storage.Tests.Persistence;

public abstract class DatabaseMigratorTests(StorageDatabaseFixture database)
{
    protected StorageDatabaseFixture Database => database;

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrateAsync_MigratedDatabase_LeavesNoPendingMigration()
    {
        database.SkipIfUnavailable();
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(Token);

        var context = scope.ServiceProvider.GetRequiredService<IdocsDbContext>();
        var applied = (await context.Database.GetAppliedMigrationsAsync(Token)).ToList();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Token));
        Assert.Contains(applied, name => name.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Equal(context.Database.GetMigrations(), applied);
    }

    [Fact]
    public async Task MigrateCommand_EmptyDatabase_AppliesAllMigrations()
    {
        database.SkipIfUnavailable();
        var connectionString = await database.CreateEmptyDatabaseAsync();

        var exitCode = await IdocsCommandLine.Create()
            .Parse(["migrate", "--provider", database.Provider.ToString(), "--connection", connectionString])
            .InvokeAsync(cancellationToken: Token);

        await using var context = database.CreateDbContext(connectionString);
        Assert.Equal(MigrateCommand.Success, exitCode);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Token));
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync(Token));
    }

    [Fact]
    public async Task StartAsync_MigrateOnStartupFalse_LeavesDatabaseEmpty()
    {
        database.SkipIfUnavailable();
        var connectionString = await database.CreateEmptyDatabaseAsync();
        await using var services = database.CreateServices(settings: new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:MigrateOnStartup"] = "false",
        });
        var migration = services.GetServices<IHostedService>().OfType<DatabaseMigrationHostedService>().Single();

        await migration.StartAsync(Token);

        await using var context = database.CreateDbContext(connectionString);
        Assert.Empty(await context.Database.GetAppliedMigrationsAsync(Token));
    }

    [Fact]
    public async Task StartAsync_MigrateOnStartupTrue_AppliesAllMigrations()
    {
        database.SkipIfUnavailable();
        var connectionString = await database.CreateEmptyDatabaseAsync();
        await using var services = database.CreateServices(settings: new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:MigrateOnStartup"] = "true",
        });
        var migration = services.GetServices<IHostedService>().OfType<DatabaseMigrationHostedService>().Single();

        await migration.StartAsync(Token);

        await using var context = database.CreateDbContext(connectionString);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Token));
    }

    [Fact]
    public async Task MigrateAsync_MigratedDatabase_ModelMatchesMigrations()
    {
        database.SkipIfUnavailable();
        await using var context = database.CreateDbContext();

        var changed = context.Database.HasPendingModelChanges();

        Assert.False(changed, "The model changed since the last migration: add one with dotnet-ef for each provider.");
    }
}
