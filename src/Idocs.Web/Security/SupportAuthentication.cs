using System.Globalization;
using System.Security.Claims;
using Idocs.Documents.DirectorChange;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Security;

/// <summary>
/// The support login: platform support agents are listed in <c>Accounts:Support:Agents</c> by IIN
/// and log in with their own NCA certificate through <c>POST /api/v1/support/login</c>, which signs
/// them into this separate cookie scheme. A support cookie never opens a company session and a
/// company session never reaches support endpoints. Each request checks that the agent is still
/// configured, so removing an agent from the settings ends their access at the next request.
/// </summary>
/// <remarks>
/// NOTE: the support cookie is protected by ASP.NET Core Data Protection; several web nodes need a
/// shared key ring (for example keys persisted to a shared folder) for the cookie to work on each.
/// </remarks>
public static class SupportAuthentication
{
    public const string Scheme = "IdocsSupport";
    public const string CookieName = "idocs_support";
    public const string AgentIdClaim = "idocs:support-agent";

    public static AuthenticationBuilder AddSupportCookie(this AuthenticationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.SectionName);
        return builder.AddCookie(Scheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = false;
            options.Events.OnRedirectToLogin = context => Problems.WriteAsync(
                context.HttpContext, StatusCodes.Status401Unauthorized, SecurityErrorCodes.NotAuthenticated,
                "This endpoint is for platform support; log in through POST /api/v1/support/login.");
            options.Events.OnRedirectToAccessDenied = context => Problems.WriteAsync(
                context.HttpContext, StatusCodes.Status403Forbidden, SecurityErrorCodes.Forbidden,
                "This endpoint is for platform support.");
            options.Events.OnValidatePrincipal = async context =>
            {
                var configured = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<SupportOptions>>().CurrentValue;
                if (FindAgent(context.Principal, configured) is null)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(Scheme);
                }
            };
        });
    }

    public static ClaimsPrincipal CreatePrincipal(SupportAgentOptions agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var claims = new[]
        {
            new Claim("sub", "support:" + agent.Id.ToString("D", CultureInfo.InvariantCulture)),
            new Claim(AgentIdClaim, agent.Id.ToString("D", CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, agent.Name),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Returns the configured agent the principal was signed in as, or null when none matches any more.</summary>
    public static SupportAgent? FindAgent(ClaimsPrincipal? principal, SupportOptions configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var value = principal?.FindFirst(AgentIdClaim)?.Value;
        if (!Guid.TryParse(value, out var agentId))
        {
            return null;
        }

        var agent = configured.Agents.FirstOrDefault(candidate => candidate.Id == agentId);
        return agent is null ? null : new SupportAgent(agent.Id, agent.Name);
    }
}
