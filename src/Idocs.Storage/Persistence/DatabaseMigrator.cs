using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Persistence;

public sealed class DatabaseMigrator(IdocsDbContext dbContext) : IDatabaseMigrator
{
    public Task MigrateAsync(CancellationToken cancellationToken) =>
        dbContext.Database.MigrateAsync(cancellationToken);
}
