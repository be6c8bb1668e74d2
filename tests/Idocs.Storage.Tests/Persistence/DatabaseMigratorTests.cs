using Idocs.Storage.Persistence;
using Idocs.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task MigrateAsync_MigratedDatabase_ModelMatchesMigrations()
    {
        database.SkipIfUnavailable();
        await using var context = database.CreateDbContext();

        var changed = context.Database.HasPendingModelChanges();

        Assert.False(changed, "The model changed since the last migration: add one with dotnet-ef for each provider.");
    }
}
