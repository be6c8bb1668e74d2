using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace Idocs.Web.Localization;

/// <summary>
/// <c>GET /culture?culture=kk&amp;returnUrl=/</c> stores the chosen language in the culture cookie
/// and returns the browser to the page it came from.
/// </summary>
public static class CultureEndpoints
{
    public const string Path = "/culture";

    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public static WebApplication MapCultureSwitch(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapGet(Path, SwitchCulture)
            .WithName("SwitchCulture")
            .WithSummary("Sets the cabinet language cookie and redirects to a local page.");
        return app;
    }

    public static Results<RedirectHttpResult, BadRequest<string>> SwitchCulture(
        HttpContext context, string? culture, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (culture is null || !CabinetCultures.Supported.Contains(culture))
        {
            return TypedResults.BadRequest(
                $"Culture '{culture}' is not supported; use one of: {string.Join(", ", CabinetCultures.Supported)}.");
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = CookieLifetime, IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });

        var target = IsLocalPath(returnUrl) ? returnUrl! : "/";
        return TypedResults.LocalRedirect(target);
    }

    /// <summary>Accepts only paths on this site, so the redirect cannot send users elsewhere.</summary>
    private static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
