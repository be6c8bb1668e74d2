using Idocs.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Tokens;

/// <summary>
/// How <c>/api/v1</c> authenticates: a bearer header that holds an Idocs token goes to the token
/// scheme, any other request to the cabinet's session scheme when the host has one.
/// </summary>
public static class ApiAuthentication
{
    /// <summary>The policy scheme that picks the token or the session scheme per request.</summary>
    public const string Scheme = "IdocsApi";

    /// <summary>The authorization policy every <c>/api/v1</c> endpoint requires.</summary>
    public const string CallerPolicy = "IdocsApiCaller";

    public static IServiceCollection AddIdocsApiAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(IdocsAuthenticationSchemes.ApiToken, configureOptions: null)
            .AddPolicyScheme(Scheme, displayName: null, options => options.ForwardDefaultSelector = SelectScheme);
        services.AddAuthorizationBuilder()
            .AddPolicy(CallerPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }

    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith(ApiTokenAuthenticationHandler.BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return IdocsAuthenticationSchemes.ApiToken;
        }

        // The session scheme belongs to the cabinet; a host built without it still answers 401 here.
        var schemes = context.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value.SchemeMap;
        return schemes.ContainsKey(IdocsAuthenticationSchemes.Session)
            ? IdocsAuthenticationSchemes.Session
            : IdocsAuthenticationSchemes.ApiToken;
    }
}
