using Idocs.Documents.Templates;
using Idocs.PrintForms.Templates;
using Idocs.Storage.Designer;
using Idocs.Workflows.Designer;
using Microsoft.AspNetCore.SignalR;
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

    /// <summary>
    /// Raises the circuit's message limit so that the canvas can send a whole definition: the default
    /// 32 KB holds about 60 activities, while a definition may be as large as an import.
    /// </summary>
    public static void AllowDefinitionMessages(HubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MaximumReceiveMessageSize = DefinitionExchange.MaxImportLength;
    }
}
