using Idocs.Workflows.Designer.DryRun;
using Idocs.Workflows.Designer.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Workflows.Designer;

public static class DesignerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the designer's use cases and the dry run. Call after <c>AddWorkflowEngine</c>; the host
    /// registers an <see cref="IDesignerStore"/> (the EF one), or <see cref="AddInMemoryDesignerStore"/> in tests.
    /// </summary>
    public static IServiceCollection AddWorkflowDesigner(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<DesignerService>();
        services.TryAddScoped<DryRunner>();
        return services;
    }

    public static IServiceCollection AddInMemoryDesignerStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IDesignerStore, InMemoryDesignerStore>();
        return services;
    }
}
