using Idocs.Storage.Scheduling;
using Idocs.Storage.Workflows;
using Idocs.Testing.Databases;
using Idocs.Workflows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Idocs.Storage.Tests.Workflows;

/// <summary>An engine host as the web host wires it: storage, engine, workflow storage and the timer job every second.</summary>
internal static class WorkflowTimerHost
{
    public static IHost Build(StorageDatabaseFixture database, string schedulerName = SchedulerServiceCollectionExtensions.SchedulerInstanceName)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(database.CreateConfiguration(new Dictionary<string, string?>
        {
            ["Workflows:TimerIntervalSeconds"] = "1",
            ["Workflows:DefinitionsPath"] = string.Empty,
        }));
        builder.Logging.AddProvider(database.Logs);
        builder.Services.AddIdocsStorage(builder.Configuration);
        builder.Services.AddWorkflowEngine();
        builder.Services.AddIdocsWorkflowStorage(builder.Configuration);
        builder.Services.AddIdocsScheduler(builder.Configuration, quartz =>
        {
            // Quartz keeps schedulers by name per process; a second node in this process needs a name of its own.
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = schedulerName);
            quartz.AddWorkflowTimerJob(builder.Configuration);
        });
        return builder.Build();
    }
}
