using Idocs.Documents.Routes.Activities;
using Idocs.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Documents;

/// <summary>Registers the document module's parts of the route engine and its document services.</summary>
public static class DocumentFlowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Dispatch and AwaitCounterparty activity types, which the engine's registry collects
    /// with the built-in ones. Call it next to <c>AddWorkflowEngine</c>, before the shipped route
    /// files load, or files that use these types are rejected.
    /// </summary>
    public static IServiceCollection AddDocumentRouteActivities(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IActivity, DispatchActivity>();
        services.AddSingleton<IActivity, AwaitCounterpartyActivity>();
        return services;
    }
}
