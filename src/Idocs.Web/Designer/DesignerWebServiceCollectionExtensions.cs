using Idocs.Documents.Templates;
using Idocs.PrintForms.Templates;
using Idocs.Storage.Designer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Web.Designer;

public static class DesignerWebServiceCollectionExtensions
{
    /// <summary>Registers the designer page's services, its store, the access check and "create from template".</summary>
    public static IServiceCollection AddIdocsDesigner(this IServiceCollection services)
    {
        services.AddIdocsDesignerStorage();
        services.TryAddScoped<IDesignerAccess, ProfileDesignerAccess>();
        services.TryAddSingleton<DesignerBundle>();
        services.TryAddSingleton<DesignerPalette>();
        services.TryAddSingleton<ITemplateRenderer, DocxTemplateRenderer>();
        services.TryAddScoped<CreateFromTemplate>();
        return services;
    }
}
