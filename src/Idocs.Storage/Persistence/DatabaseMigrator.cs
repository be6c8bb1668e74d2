using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Persistence;

public sealed class DatabaseMigrator(IdocsDbContext dbContext, ILogger<DatabaseMigrator> logger) : IDatabaseMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await dbContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date on {DatabaseProvider}", dbContext.Database.ProviderName);
            return;
        }

        logger.LogInformation(
            "Applying {MigrationCount} migrations on {DatabaseProvider}: {Migrations}",
            pending.Count, dbContext.Database.ProviderName, string.Join(", ", pending));

        // EF Core takes a migration lock (a lock table on SQLite, an advisory lock on PostgreSQL),
        // so nodes starting together apply each migration once.
        await dbContext.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("Applied {MigrationCount} migrations", pending.Count);
    }
}
