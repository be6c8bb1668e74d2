using Idocs.Common.Results;
using Idocs.Documents.Authentication;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Profiles;
using Idocs.Storage.Accounts;
using Idocs.Web.Accounts;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Accounts;

/// <summary>
/// Certificate login and registration: <c>/api/v1/auth</c>. The browser requests a challenge, signs
/// its XML with NCALayer and sends it back. Success sets the session cookie.
/// </summary>
public static class AuthApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var auth = v1.MapGroup("/auth").WithTags("Authentication");

        auth.MapPost("/challenges", IssueChallengeAsync).AllowAnonymous()
            .WithName("IssueChallenge").WithSummary("Issues a one-time login or registration challenge to sign")
            .Produces<IssuedChallengeView>().ProducesProblem(StatusCodes.Status400BadRequest);
        auth.MapPost("/login", LoginAsync).AllowAnonymous()
            .WithName("Login").WithSummary("Logs in with a signed login challenge and sets the session cookie")
            .Produces<LoginView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        auth.MapPost("/register", RegisterAsync).AllowAnonymous()
            .WithName("Register").WithSummary("Registers a profile with a signed registration challenge and sets the session cookie")
            .Produces<RegistrationView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        auth.MapPost("/profile", SelectProfileAsync).RequireAuthorization(IdocsPolicies.Session)
            .WithName("SelectProfile").WithSummary("Chooses the profile the session works in")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization(IdocsPolicies.Session)
            .WithName("Logout").WithSummary("Ends the session and deletes its cookie")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized);
        auth.MapGet("/antiforgery", GetAntiforgeryToken).RequireAuthorization(IdocsPolicies.Session)
            .WithName("GetAntiforgeryToken").WithSummary("Returns the antiforgery token for cookie-authenticated state-changing calls")
            .Produces<AntiforgeryTokenView>().ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    internal static Results<Ok<AntiforgeryTokenView>, ProblemHttpResult> IssueAntiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokenView(CookieAntiforgery.HeaderName, tokens.RequestToken!));
    }

    private static async Task<Results<Ok<IssuedChallengeView>, ProblemHttpResult>> IssueChallengeAsync(
        ChallengeBody body, HttpContext context, IssueChallenge issueChallenge, CancellationToken cancellationToken)
    {
        if (!ApiNames.TryParse<ChallengePurpose>(body?.Purpose, out var purpose))
        {
            return Idocs.Web.Security.Problems.From(new Error(CommonErrorCodes.InvalidInput, $"The purpose '{body?.Purpose}' is unknown; send \"login\" or \"registration\"."));
        }

        var origin = SessionCookie.RequestOrigin(context);
        var issued = await issueChallenge.RunAsync(purpose, SessionCookie.EnsureBrowserSession(context), origin, cancellationToken);
        if (!issued.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(issued.Error);
        }

        var challenge = issued.Value!;
        return TypedResults.Ok(new IssuedChallengeView(challenge.ChallengeId, ChallengeDocument.Create(challenge, purpose, origin), challenge.ExpiresAt));
    }

    private static async Task<Results<Ok<LoginView>, ProblemHttpResult>> LoginAsync(
        SignedChallengeRequest body,
        HttpContext context,
        Login login,
        AccountsTransaction transaction,
        ILoginChallengeStore challenges,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var signature = SignedChallengeReader.Read(body?.SignedXml, body?.SignedCms, body?.CertificateThumbprint);
        if (!signature.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(signature.Error);
        }

        var response = SignedChallengeReader.ToResponse(context, body!.ChallengeId, signature.Value!);
        var outcome = await transaction.RunAsync(token => login.RunAsync(response, token), cancellationToken);
        if (!outcome.IsSuccess)
        {
            await BurnChallengeAsync(challenges, response.ChallengeId, clock);
            return Idocs.Web.Security.Problems.From(outcome.Error);
        }

        var session = outcome.Value!.Session;
        SessionCookie.Append(context, session.Token, session.Session.ExpiresAt);
        return TypedResults.Ok(new LoginView(outcome.Value.Profiles.Select(AccountViews.Of).ToList()));
    }

    private static async Task<Results<Created<RegistrationView>, ProblemHttpResult>> RegisterAsync(
        RegistrationBody body,
        HttpContext context,
        RegisterProfile register,
        AccountsTransaction transaction,
        ILoginChallengeStore challenges,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!ApiNames.TryParse<ProfileKind>(body?.Kind, out var kind))
        {
            return Idocs.Web.Security.Problems.From(new Error(CommonErrorCodes.InvalidInput, $"The profile kind '{body?.Kind}' is unknown; send one of {ApiNames.Names<ProfileKind>()}."));
        }

        var signature = SignedChallengeReader.Read(body!.SignedXml, body.SignedCms, body.CertificateThumbprint);
        if (!signature.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(signature.Error);
        }

        var response = SignedChallengeReader.ToResponse(context, body.ChallengeId, signature.Value!);
        var outcome = await transaction.RunAsync(
            token => register.RunAsync(new RegistrationRequest(response, kind, body.Name, body.Email), token),
            cancellationToken);
        if (!outcome.IsSuccess)
        {
            await BurnChallengeAsync(challenges, response.ChallengeId, clock);
            return Idocs.Web.Security.Problems.From(outcome.Error);
        }

        var session = outcome.Value!.Session;
        SessionCookie.Append(context, session.Token, session.Session.ExpiresAt);
        return TypedResults.Created($"{ApiRoutes.Prefix}/me", new RegistrationView(outcome.Value.Profile.Id));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SelectProfileAsync(
        SelectProfileBody body, HttpContext context, SelectProfile selectProfile, CancellationToken cancellationToken)
    {
        if (body?.ProfileId is not { } profileId)
        {
            return Idocs.Web.Security.Problems.From(new Error(CommonErrorCodes.InvalidInput, "profileId is missing; send the id of one of the profiles login returned."));
        }

        var selected = await selectProfile.RunAsync(SessionCookie.Read(context), profileId, cancellationToken);
        return selected.IsSuccess ? TypedResults.NoContent() : Idocs.Web.Security.Problems.From(selected.Error);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> LogoutAsync(
        HttpContext context, EndSession endSession, CancellationToken cancellationToken)
    {
        var ended = await endSession.RunAsync(SessionCookie.Read(context), cancellationToken);
        SessionCookie.Delete(context);
        return ended.IsSuccess ? TypedResults.NoContent() : Idocs.Web.Security.Problems.From(ended.Error);
    }

    private static Results<Ok<AntiforgeryTokenView>, ProblemHttpResult> GetAntiforgeryToken(HttpContext context, IAntiforgery antiforgery) =>
        IssueAntiforgery(context, antiforgery);

    /// <summary>
    /// Marks the challenge used after a rejected response. The use case consumed it inside the
    /// transaction that was rolled back, and a rejected response must not be retried with it.
    /// </summary>
    /// <remarks>NOTE: between the rollback and this update a second response could still use the challenge, though it goes through every check again.</remarks>
    private static async Task BurnChallengeAsync(ILoginChallengeStore challenges, Guid challengeId, TimeProvider clock)
    {
        if (challengeId != Guid.Empty)
        {
            await challenges.TryConsumeAsync(challengeId, clock.GetUtcNow(), CancellationToken.None);
        }
    }
}
