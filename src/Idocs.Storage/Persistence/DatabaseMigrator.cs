using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Persistence;

public sealed class DatabaseMigrator(IdocsDbContext dbContext, ILogger<DatabaseMigrator> logger) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (dbContext.Database.IsSqlite())
        {
            // Write-ahead logging lets the cabinet read while the outbox dispatcher writes. The mode
            // is stored in the database file, so setting it once per start is enough.
            await dbContext.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken);
        }

        var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date on {DatabaseProvider}", dbContext.Database.ProviderName);
            return;
        }

        logger.LogInformation(
            "Applying {MigrationCount} migrations on {DatabaseProvider}: {Migrations}",
            pending.Count, dbContext.Database.ProviderName, string.Join(", ", pending));

        // EF Core 10 locks the database while it migrates (the __EFMigrationsLock table on SQLite,
        // a LOCK TABLE on PostgreSQL), so nodes starting together apply each migration once.
        await dbContext.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Applied {MigrationCount} migrations", pending.Count);
    }
}
