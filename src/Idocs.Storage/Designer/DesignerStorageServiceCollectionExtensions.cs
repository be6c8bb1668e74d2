using Idocs.Workflows.Designer;
using Idocs.Documents.Flow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Storage.Designer;

public static class DesignerStorageServiceCollectionExtensions
{
    /// <summary>Registers the designer's use cases with the EF designer store and the gate that keeps routes off archived definitions. Call after <c>AddIdocsWorkflowStorage</c>.</summary>
    public static IServiceCollection AddIdocsDesignerStorage(this IServiceCollection services)
    {
        services.AddWorkflowDesigner();
        services.AddScoped<IDesignerStore, EntityFrameworkDesignerStore>();
        // Without the gate a route could still start on an archived or another company's definition.
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRouteTemplateGate, DesignerRouteTemplateGate>());
        return services;
    }
}
