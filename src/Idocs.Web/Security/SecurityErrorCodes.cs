namespace Idocs.Web.Security;

/// <summary>Stable codes of the web layer's own authentication and request-forgery failures.</summary>
public static class SecurityErrorCodes
{
    /// <summary>
    /// A state-changing request authenticated by a cookie carries no valid antiforgery token in the
    /// <see cref="CookieAntiforgery.HeaderName"/> header; the client fetches one from
    /// <c>GET /api/v1/auth/antiforgery</c> (or the support equivalent) after login and sends it.
    /// </summary>
    public const string AntiforgeryTokenInvalid = "security.antiforgery_token_invalid";

    /// <summary>The request carries no credentials for the scheme the endpoint requires.</summary>
    public const string NotAuthenticated = "security.not_authenticated";

    /// <summary>The caller is authenticated but the endpoint is for another kind of caller (for example support only).</summary>
    public const string Forbidden = "security.forbidden";

    /// <summary>The certificate that answered the support login challenge belongs to no configured support agent.</summary>
    public const string NotSupportAgent = "security.not_support_agent";
}
