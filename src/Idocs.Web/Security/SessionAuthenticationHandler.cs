using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Idocs.Common.Results;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Security;

/// <summary>
/// The <see cref="IdocsAuthenticationSchemes.Session"/> scheme: reads the session cookie, validates
/// it with <see cref="SessionValidator"/> on every request (so a block or logout applies to the next
/// request), and sets the request's tenant to the session's profile.
/// </summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    SessionValidator validator,
    TenantContext tenant) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string FailureItem = "Idocs.SessionFailure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = SessionCookie.Read(Context);
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        var validated = await validator.ValidateAsync(token, Context.RequestAborted);
        if (!validated.IsSuccess)
        {
            Context.Items[FailureItem] = validated.Error;
            return AuthenticateResult.Fail(validated.Error.Code);
        }

        var principal = validated.Value!;
        tenant.Set(principal.ProfileId);
        return AuthenticateResult.Success(new AuthenticationTicket(CreatePrincipal(principal), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var error = Context.Items[FailureItem] as Error
            ?? new Error(SecurityErrorCodes.NotAuthenticated, "The request has no session; log in with your certificate first.");
        return Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, error.Code, error.Message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, StatusCodes.Status403Forbidden, SecurityErrorCodes.Forbidden, "This operation is not open to your session.");

    private ClaimsPrincipal CreatePrincipal(SessionPrincipal session)
    {
        var claims = new List<Claim>
        {
            // "sub" keeps antiforgery tokens valid when the person switches profiles.
            new("sub", Format(session.PersonId)),
            new(IdocsClaimTypes.PersonId, Format(session.PersonId)),
            new(IdocsClaimTypes.SessionId, Format(session.SessionId)),
        };
        if (session.ProfileId is { } profileId)
        {
            claims.Add(new Claim(IdocsClaimTypes.ProfileId, Format(profileId)));
        }

        if (session.EmployeeId is { } employeeId)
        {
            claims.Add(new Claim(IdocsClaimTypes.EmployeeId, Format(employeeId)));
        }

        if (session.Role is { } role)
        {
            claims.Add(new Claim(ClaimTypes.Role, role.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, "sub", ClaimTypes.Role));
    }

    private static string Format(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
