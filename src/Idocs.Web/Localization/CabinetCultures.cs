using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Idocs.Web.Localization;

/// <summary>
/// The cabinet's languages: Russian by default, Kazakh and English on request. A request picks one
/// with <c>?culture=kk</c> or the culture cookie that <c>/culture</c> sets; the browser's
/// Accept-Language is ignored so that Russian stays the default everywhere.
/// </summary>
public static class CabinetCultures
{
    public const string Russian = "ru";
    public const string Kazakh = "kk";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Russian, Kazakh, English];

    public static IServiceCollection AddIdocsLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Supported.Select(name => new CultureInfo(name)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Russian);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static WebApplication UseIdocsLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
