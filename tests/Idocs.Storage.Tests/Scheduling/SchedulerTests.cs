using Idocs.Storage.Scheduling;
using Idocs.Testing.Databases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Idocs.Storage.Tests.Scheduling;

public abstract class SchedulerTests(StorageDatabaseFixture database)
{
    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Whether the provider's scheduler keeps jobs in the database and runs clustered.</summary>
    protected abstract bool ExpectsClusteredPersistentStore { get; }

    [Fact]
    public async Task AddIdocsScheduler_JobTriggeredNow_RunsJob()
    {
        database.SkipIfUnavailable();
        var signal = new JobSignal();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(database.CreateConfiguration());
        builder.Logging.AddProvider(database.Logs);
        builder.Services.AddSingleton(signal);
        builder.Services.AddIdocsStorage(builder.Configuration);
        builder.Services.AddIdocsScheduler(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(Token);

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Token);
        var job = JobBuilder.Create<SignalJob>().WithIdentity($"signal-{Guid.NewGuid():N}").Build();
        var trigger = TriggerBuilder.Create().StartNow().Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken: Token);
        var ran = await Task.WhenAny(signal.Ran.Task, Task.Delay(TimeSpan.FromSeconds(60), Token)) == signal.Ran.Task;
        var metadata = await scheduler.GetMetadata(Token);
        await host.StopAsync(Token);

        Assert.True(ran, "The scheduled job did not run within 60 seconds.");
        Assert.Equal(ExpectsClusteredPersistentStore, metadata.JobStorePersistent);
        Assert.Equal(ExpectsClusteredPersistentStore, metadata.JobStoreClustered);
    }
}
