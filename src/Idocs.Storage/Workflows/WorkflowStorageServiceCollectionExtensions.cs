using Idocs.Workflows.Notifications;
using Idocs.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Idocs.Storage.Workflows;

public static class WorkflowStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the EF workflow stores, the outbox notification sink and the hosted service that
    /// loads the shipped definitions at start-up. Call after <c>AddIdocsStorage</c> and
    /// <c>AddWorkflowEngine</c>; register the timer job with <see cref="AddWorkflowTimerJob"/> in the
    /// <c>AddIdocsScheduler</c> hook.
    /// </summary>
    public static IServiceCollection AddIdocsWorkflowStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<WorkflowStorageOptions>(configuration.GetSection(WorkflowStorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<EntityFrameworkWorkflowStore>();
        services.AddScoped<IWorkflowStore>(provider => provider.GetRequiredService<EntityFrameworkWorkflowStore>());
        services.AddScoped<IWorkflowDefinitionStore, EntityFrameworkWorkflowDefinitionStore>();
        services.AddSingleton<INotificationSink, OutboxNotificationSink>();
        services.AddHostedService<WorkflowDefinitionsHostedService>();
        return services;
    }

    /// <summary>
    /// Adds the <see cref="WorkflowTimerJob"/> with a trigger every
    /// <see cref="WorkflowStorageOptions.TimerIntervalSeconds"/> seconds; pass it to <c>AddIdocsScheduler</c>.
    /// </summary>
    public static IQuartzBuilder AddWorkflowTimerJob(this IQuartzBuilder quartz, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(WorkflowStorageOptions.SectionName).Get<WorkflowStorageOptions>() ?? new WorkflowStorageOptions();
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.TimerIntervalSeconds));
        quartz.ScheduleJob<WorkflowTimerJob>(
            trigger => trigger
                .WithIdentity("workflow-timers-trigger", WorkflowTimerJob.Key.Group)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity(WorkflowTimerJob.Key));
        return quartz;
    }
}
