using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Antiforgery;

namespace Idocs.Web.Security;

/// <summary>
/// Antiforgery for cookie-authenticated API calls. A POST, PUT, PATCH or DELETE that carries the
/// session or support cookie must also send the token from <c>GET /api/v1/auth/antiforgery</c>
/// (<c>/api/v1/support/antiforgery</c> for support) in the <see cref="HeaderName"/> header. The token
/// is bound to the logged-in person, so the client fetches it after login. Anonymous endpoints
/// (challenge, login, registration) and callers authenticated otherwise (API tokens in the
/// Authorization header) are not checked here.
/// </summary>
public static class CookieAntiforgery
{
    public const string HeaderName = "X-Idocs-Antiforgery";

    /// <summary>Adds the check to every endpoint of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder RequireCookieAntiforgery(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            if (!IsStateChanging(context.Request.Method) || IsAnonymousEndpoint(context) || !IsCookieAuthenticated(context))
            {
                return await next(invocation);
            }

            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Problems.Create(
                    StatusCodes.Status400BadRequest,
                    SecurityErrorCodes.AntiforgeryTokenInvalid,
                    $"The request has no valid antiforgery token; get one from GET /api/v1/auth/antiforgery after login and send it in the {HeaderName} header.");
            }

            return await next(invocation);
        });
        return group;
    }

    private static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool IsAnonymousEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private static bool IsCookieAuthenticated(HttpContext context) =>
        context.User.Identities.Any(identity => identity.IsAuthenticated
            && identity.AuthenticationType is IdocsAuthenticationSchemes.Session or SupportAuthentication.Scheme);
}
