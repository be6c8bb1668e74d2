using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Idocs.Common.Results;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Web.Api.Problems;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Tokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer idocs_…</c> against the stored token hashes. The
/// principal carries the token id, the company as <see cref="IdocsClaimTypes.ProfileId"/> and one
/// <see cref="IdocsClaimTypes.Scope"/> claim per scope. An unknown, revoked or expired token gets
/// 401 with a problem naming the reason.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthenticateApiToken authenticate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string BearerPrefix = "Bearer ";

    /// <summary>The <see cref="HttpContext.Items"/> key of the failure, read by the challenge and the call audit.</summary>
    public static readonly object FailureItemKey = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await authenticate.ExecuteAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (!token.IsSuccess)
        {
            Context.Items[FailureItemKey] = token.Error;
            return AuthenticateResult.Fail(token.Error.Message);
        }

        var claims = new List<Claim>
        {
            new(IdocsClaimTypes.ApiTokenId, token.Value.Id.ToString("D")),
            new(IdocsClaimTypes.ProfileId, token.Value.ProfileId.ToString("D")),
            new(ClaimTypes.Name, token.Value.Name),
        };
        claims.AddRange(token.Value.ScopeList.Select(scope => new Claim(IdocsClaimTypes.Scope, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var error = Context.Items[FailureItemKey] as Error
            ?? new Error(ApiTokenErrorCodes.Unknown, "This endpoint needs an API token: send 'Authorization: Bearer idocs_…' with a token the company's Admin issued.");
        Response.Headers.WWWAuthenticate = string.Create(CultureInfo.InvariantCulture, $"Bearer error=\"invalid_token\"");
        await ApiResults.Problem(StatusCodes.Status401Unauthorized, error.Code, error.Message).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiResults.Problem(StatusCodes.Status403Forbidden, CommonErrorCodes.Forbidden, "The API token may not call this endpoint.").ExecuteAsync(Context);
}
