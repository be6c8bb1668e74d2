using Idocs.Workflows.Activities;
using Idocs.Workflows.Activities.Builtin;
using Idocs.Workflows.Loading;
using Idocs.Workflows.Persistence;
using Idocs.Workflows.Persistence.InMemory;
using Idocs.Workflows.Runtime;
using Idocs.Workflows.Validation;
using Idocs.Workflows.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Idocs.Workflows;

/// <summary>Registers the route engine. The host also registers an <see cref="Notifications.INotificationSink"/> and the stores.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine services and the built-in activities. Other modules add their activity types
    /// with <c>services.AddSingleton&lt;IActivity, TheirActivity&gt;()</c>; the registry collects every
    /// registered <see cref="IActivity"/>. The engine services are scoped because the stores usually are.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<WorkflowEngineOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<WorkflowEngineOptions>>().Value);

        services.AddSingleton<IActivity, StartActivity>();
        services.AddSingleton<IActivity, EndActivity>();
        services.AddSingleton<IActivity, ApproveActivity>();
        services.AddSingleton<IActivity, SignActivity>();
        services.AddSingleton<IActivity, DecisionActivity>();
        services.AddSingleton<IActivity, ForkActivity>();
        services.AddSingleton<IActivity, JoinActivity>();
        services.AddSingleton<IActivity, NotifyActivity>();
        services.AddSingleton<IActivity, DeadlineActivity>();
        services.AddSingleton<IActivity, SetVariableActivity>();
        services.AddSingleton<IActivity, SubProcessActivity>();
        services.TryAddSingleton(provider =>
        {
            var registry = new ActivityRegistry();
            foreach (var activity in provider.GetServices<IActivity>())
            {
                registry.Register(activity);
            }

            return registry;
        });

        services.TryAddSingleton<DefinitionValidator>();
        services.TryAddScoped<DefinitionPublisher>();
        services.TryAddScoped<WorkflowFolderLoader>();
        services.TryAddScoped<WorkflowEngine>();
        services.TryAddScoped<WorkflowResumer>();
        services.TryAddScoped<BookmarkAssignments>();
        services.TryAddScoped<InstanceMigrator>();
        services.TryAddScoped<DueTimerProcessor>();
        return services;
    }

    /// <summary>Adds the in-memory stores (tests, tools and single-process demos); data is lost when the process ends.</summary>
    public static IServiceCollection AddInMemoryWorkflowStores(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IWorkflowStore, InMemoryWorkflowStore>();
        services.TryAddSingleton<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>();
        return services;
    }
}
