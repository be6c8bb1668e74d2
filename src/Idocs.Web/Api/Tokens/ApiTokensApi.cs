using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Web.Api.Problems;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Tokens;

/// <summary>
/// API tokens of the caller's company: an Admin issues, lists and revokes them and reads the call
/// audit; an integration reads which token it uses.
/// </summary>
public static class ApiTokensApi
{
    public const int MaxCallsPerPage = 500;

    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);

        var tokens = v1.MapGroup("/api-tokens").WithTags("API tokens");
        tokens.MapGet("/current", GetCurrent)
            .WithName("GetCurrentApiToken")
            .WithSummary("Returns the token the request was made with: its id, company and scopes.")
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        tokens.MapPost("/", Issue)
            .WithName("IssueApiToken")
            .WithSummary("Issues a token with scopes and an expiry; the secret is in this response only.")
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        tokens.MapGet("/", List)
            .WithName("ListApiTokens")
            .WithSummary("Lists the company's tokens without their secrets.")
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        tokens.MapDelete("/{tokenId:guid}", Revoke)
            .WithName("RevokeApiToken")
            .WithSummary("Revokes a token; calls made with it get 401 from then on.")
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        tokens.MapGet("/calls", ListCalls)
            .WithName("ListApiCalls")
            .WithSummary("Lists the audit of calls made with the company's tokens, newest first.")
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static Results<Ok<CurrentTokenView>, ProblemHttpResult> GetCurrent(HttpContext http)
    {
        var caller = ApiCaller.From(http.User);
        if (caller?.TokenId is not { } tokenId)
        {
            return ApiResults.Problem(StatusCodes.Status404NotFound, ApiTokenErrorCodes.NotFound, "This request was not made with an API token.");
        }

        var scopes = http.User.FindAll(IdocsClaimTypes.Scope).Select(claim => claim.Value).ToList();
        return TypedResults.Ok(new CurrentTokenView(tokenId, caller.ProfileId, scopes));
    }

    private static async Task<Results<Ok<IssuedApiTokenView>, ProblemHttpResult>> Issue(
        HttpContext http, ApiTokenRequest request, [FromServices] IssueApiToken issue)
    {
        if (ApiCaller.From(http.User) is not { } caller)
        {
            return NoProfile();
        }

        var admin = await CompanyAdminGate.RequireAdminAsync(http, caller, "issue API tokens");
        if (!admin.IsSuccess)
        {
            return ApiResults.From(admin);
        }

        var issued = await issue.ExecuteAsync(caller.ProfileId, caller.PersonId!.Value, request, http.RequestAborted);
        return issued.IsSuccess
            ? TypedResults.Ok(new IssuedApiTokenView(ApiTokenView.From(issued.Value.Token), issued.Value.Secret))
            : ApiResults.From(issued);
    }

    private static async Task<Results<Ok<List<ApiTokenView>>, ProblemHttpResult>> List(HttpContext http, [FromServices] IApiTokenStore store)
    {
        if (ApiCaller.From(http.User) is not { } caller)
        {
            return NoProfile();
        }

        var admin = await CompanyAdminGate.RequireAdminAsync(http, caller, "list API tokens");
        if (!admin.IsSuccess)
        {
            return ApiResults.From(admin);
        }

        var tokens = await store.ListAsync(caller.ProfileId, http.RequestAborted);
        return TypedResults.Ok(tokens.Select(ApiTokenView.From).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(HttpContext http, Guid tokenId, [FromServices] RevokeApiToken revoke)
    {
        if (ApiCaller.From(http.User) is not { } caller)
        {
            return NoProfile();
        }

        var admin = await CompanyAdminGate.RequireAdminAsync(http, caller, "revoke API tokens");
        if (!admin.IsSuccess)
        {
            return ApiResults.From(admin);
        }

        var revoked = await revoke.ExecuteAsync(caller.ProfileId, caller.PersonId!.Value, tokenId, http.RequestAborted);
        return revoked.IsSuccess ? TypedResults.NoContent() : ApiResults.From(revoked);
    }

    private static async Task<Results<Ok<List<ApiCallRecord>>, ProblemHttpResult>> ListCalls(
        HttpContext http, Guid? tokenId, int? limit, [FromServices] IApiTokenStore store)
    {
        if (ApiCaller.From(http.User) is not { } caller)
        {
            return NoProfile();
        }

        var admin = await CompanyAdminGate.RequireAdminAsync(http, caller, "read the API call audit");
        if (!admin.IsSuccess)
        {
            return ApiResults.From(admin);
        }

        var size = limit ?? 100;
        if (size is < 1 or > MaxCallsPerPage)
        {
            return ApiResults.Problem(StatusCodes.Status400BadRequest, Common.Results.CommonErrorCodes.InvalidInput, $"limit {size} must be between 1 and {MaxCallsPerPage}.");
        }

        var calls = await store.ListCallsAsync(caller.ProfileId, tokenId, size, http.RequestAborted);
        return TypedResults.Ok(calls.ToList());
    }

    /// <summary>Returns the problem for a signed-in person who has not chosen a profile yet.</summary>
    internal static ProblemHttpResult NoProfile() =>
        ApiResults.Problem(StatusCodes.Status403Forbidden, Idocs.Documents.AccountsErrorCodes.NoProfileSelected, "Choose a profile in the cabinet before managing its integrations.");
}
