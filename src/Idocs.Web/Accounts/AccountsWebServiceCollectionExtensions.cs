using Idocs.Documents;
using Idocs.Documents.Audit;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Storage.Accounts;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Authentication;

namespace Idocs.Web.Accounts;

public static class AccountsWebServiceCollectionExtensions
{
    /// <summary>
    /// Registers accounts in the web host: the use cases (<c>AddAccounts</c>) with the <c>Accounts</c>
    /// settings, the EF stores, the certificate verifier over <c>Idocs.Signatures</c> (call after
    /// <c>AddIdocsSignatures</c>), the session scheme as the default authentication scheme, the
    /// support login scheme, the authorization policies and the antiforgery header.
    /// </summary>
    /// <remarks>
    /// NOTE: no job calls <c>PurgeExpiredChallenges</c> yet, so used and expired challenges stay in
    /// the login_challenges table until one is scheduled.
    /// </remarks>
    public static IServiceCollection AddIdocsAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddAccounts();
        services.Configure<AccountsOptions>(configuration.GetSection(AccountsOptions.SectionName));
        services.AddIdocsAccountsStorage();
        services.AddSingleton<ICertificateSignatureVerifier, SignaturesChallengeVerifier>();
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditRequestInfo, HttpAuditRequestInfo>();

        services.AddAuthentication(IdocsAuthenticationSchemes.Session)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(IdocsAuthenticationSchemes.Session, null)
            .AddSupportCookie();
        services.AddAuthorizationBuilder()
            .AddPolicy(IdocsPolicies.Session, policy => policy
                .AddAuthenticationSchemes(IdocsAuthenticationSchemes.Session)
                .RequireAuthenticatedUser()
                .RequireClaim(IdocsClaimTypes.PersonId))
            .AddPolicy(IdocsPolicies.Support, policy => policy
                .AddAuthenticationSchemes(SupportAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(SupportAuthentication.AgentIdClaim));
        services.AddAntiforgery(options => options.HeaderName = CookieAntiforgery.HeaderName);
        return services;
    }

    /// <summary>Adds authentication and authorization to the pipeline; call before <c>UseAntiforgery</c>.</summary>
    public static IApplicationBuilder UseIdocsAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
