using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Idocs.Storage.Scheduling;

public static class SchedulerServiceCollectionExtensions
{
    /// <summary>Scheduler instance name; every node of a cluster must use the same one.</summary>
    public const string SchedulerInstanceName = "idocs";

    /// <summary>
    /// Table prefix of the Quartz job store. The PostgreSQL migration that creates the tables uses
    /// the same prefix in lowercase, as PostgreSQL folds unquoted names.
    /// </summary>
    public const string QuartzTablePrefix = "qrtz_";

    /// <summary>
    /// Registers Quartz.NET and its hosted service. With SQLite the job store is in memory, so
    /// schedules live only as long as the process. With PostgreSQL it is the clustered ADO.NET store
    /// over the tables the PostgreSQL migrations create, so every node shares one schedule and each
    /// trigger fires on one node only. Register jobs in <paramref name="configure"/>.
    /// </summary>
    public static IServiceCollection AddIdocsScheduler(
        this IServiceCollection services, IConfiguration configuration, Action<IQuartzBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerInstanceName);

            if (storage.Provider == DatabaseProvider.PostgreSql)
            {
                var connectionString = Persistence.IdocsDbContextOptions.ResolveConnectionString(storage);
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(connectionString);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering();
                    store.ConfigureStore(options => options.TablePrefix = QuartzTablePrefix);
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }

            configure?.Invoke(quartz);
        });

        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
