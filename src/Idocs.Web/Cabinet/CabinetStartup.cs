using Idocs.Web.Cabinet.Documents;
using Idocs.Web.Components;
using MudBlazor.Services;

namespace Idocs.Web.Cabinet;

/// <summary>Registers and maps the cabinet: Blazor interactive server pages with MudBlazor.</summary>
public static class CabinetStartup
{
    public static IServiceCollection AddIdocsCabinet(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CabinetOptions>()
            .Bind(configuration.GetSection(CabinetOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddScoped<CabinetServices>();
        services.AddScoped<DocumentLists>();
        services.AddScoped<DocumentCardReader>();
        services.AddScoped<Documents.DocumentDesk>();
        services.AddSingleton<Components.Pages.Link.LinkPageLoader>();
        services.AddScoped<Components.Pages.Signing.WaitingSignatures>();
        return services;
    }

    public static WebApplication MapIdocsCabinet(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
