using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Idocs.Storage.Persistence;

/// <summary>
/// Applies pending migrations when the host starts, before the hosted services registered after it
/// (the outbox dispatcher, the scheduler) touch the database. Skipped when
/// <see cref="StorageOptions.MigrateOnStartup"/> is false, for deployments that run <c>idocs migrate</c>.
/// </summary>
public sealed class DatabaseMigrationHostedService(
    IServiceScopeFactory scopeFactory,
    IOptions<StorageOptions> options,
    ILogger<DatabaseMigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            logger.LogInformation("Skipping database migrations because Storage:MigrateOnStartup is false");
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>();
        await migrator.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
