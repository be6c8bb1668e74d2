namespace Idocs.Web.Security;

/// <summary>
/// The cookies of the cabinet's certificate login. Both are HttpOnly, SameSite=Strict, path "/",
/// and Secure whenever the request came over HTTPS (plain HTTP is for local development only).
/// </summary>
public static class SessionCookie
{
    /// <summary>Carries the session token after login or registration; only its SHA-256 is stored server-side.</summary>
    public const string Name = "idocs_session";

    /// <summary>
    /// An anonymous random id of the browser, set when a challenge is issued; a challenge can be
    /// answered only from the browser session that requested it.
    /// </summary>
    public const string BrowserSessionName = "idocs_browser";

    private const int BrowserSessionBytes = 32;

    public static void Append(HttpContext context, string token, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, token, Options(context, expiresAt));
    }

    public static void Delete(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, Options(context, null));
    }

    public static string? Read(HttpContext context) => context.Request.Cookies[Name];

    /// <summary>Returns the browser session id, creating the cookie when the browser has none yet.</summary>
    public static string EnsureBrowserSession(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var existing = ReadBrowserSession(context);
        if (!string.IsNullOrEmpty(existing))
        {
            return existing;
        }

        var created = System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(BrowserSessionBytes));
        context.Response.Cookies.Append(BrowserSessionName, created, Options(context, null));
        return created;
    }

    public static string? ReadBrowserSession(HttpContext context) => context.Request.Cookies[BrowserSessionName];

    /// <summary>Returns the origin the request came from: its Origin header, else its own scheme and host.</summary>
    public static string RequestOrigin(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.Request.Headers.Origin.ToString();
        return string.IsNullOrWhiteSpace(origin) || origin == "null"
            ? $"{context.Request.Scheme}://{context.Request.Host}"
            : origin;
    }

    private static CookieOptions Options(HttpContext context, DateTimeOffset? expiresAt) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
        Expires = expiresAt,
    };
}
