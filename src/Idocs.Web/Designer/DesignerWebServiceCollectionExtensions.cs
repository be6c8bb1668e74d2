using Idocs.Documents.Rights;
using Idocs.Documents.Templates;
using Idocs.Documents.Tenancy;
using Idocs.PrintForms.Templates;
using Idocs.Storage.Designer;
using Idocs.Storage.Templates;
using Idocs.Workflows.Designer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Idocs.Web.Designer;

public static class DesignerWebServiceCollectionExtensions
{
    /// <summary>Registers the designer page's services, its store, the access check, the document template store and "create from template".</summary>
    public static IServiceCollection AddIdocsDesigner(this IServiceCollection services)
    {
        services.AddIdocsDesignerStorage();
        // Every hub takes the global limit unless it sets its own, so the circuit's hub gets it too.
        services.Configure<HubOptions>(AllowDefinitionMessages);
        // A factory, because the profile check's services come with the accounts module: until the
        // host registers it, the designer reports the missing service on use instead of at start.
        services.TryAddScoped<IDesignerAccess>(provider => new ProfileDesignerAccess(
            provider.GetRequiredService<ProfileAuthorizer>(), provider.GetRequiredService<ITenantContext>()));
        services.TryAddSingleton<DesignerBundle>();
        services.TryAddSingleton<DesignerPalette>();
        services.TryAddSingleton<DocxTemplateRenderer>();
        services.TryAddSingleton<GeneratedPdfTemplateRenderer>();
        services.TryAddSingleton<ITemplateRenderer, LayoutTemplateRenderer>();
        services.TryAddScoped<CreateFromTemplate>();
        services.TryAddScoped<DocumentTemplates>();
        services.TryAddScoped<CreateDocumentFromTemplate>();
        services.TryAddScoped<IDocumentTemplateStore, EntityFrameworkDocumentTemplateStore>();
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
