using Idocs.Workflows.Designer;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Storage.Designer;

public static class DesignerStorageServiceCollectionExtensions
{
    /// <summary>Registers the designer's use cases with the EF designer store. Call after <c>AddIdocsWorkflowStorage</c>.</summary>
    public static IServiceCollection AddIdocsDesignerStorage(this IServiceCollection services)
    {
        services.AddWorkflowDesigner();
        services.AddScoped<IDesignerStore, EntityFrameworkDesignerStore>();
        return services;
    }
}
