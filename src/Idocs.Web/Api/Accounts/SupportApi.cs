using Idocs.Common.Results;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.DirectorChange;
using Idocs.Storage.Accounts;
using Idocs.Storage.Files;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Accounts;

/// <summary>
/// Platform support: <c>/api/v1/support</c>. Agents log in with their own certificate (see
/// <see cref="SupportAuthentication"/>) and review director change requests and document deletion
/// requests of every company.
/// </summary>
public static class SupportApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var support = v1.MapGroup("/support").WithTags("Support");

        support.MapPost("/login", LoginAsync).AllowAnonymous().WithName("SupportLogin")
            .WithSummary("Logs a support agent in with a signed login challenge and sets the support cookie")
            .Produces<SupportAgentView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var agents = support.MapGroup("/").RequireAuthorization(IdocsPolicies.Support);
        agents.MapPost("/logout", (Func<HttpContext, Task<NoContent>>)LogoutAsync).WithName("SupportLogout").WithSummary("Ends the support session")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized);
        agents.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) => AuthApi.IssueAntiforgery(context, antiforgery))
            .WithName("GetSupportAntiforgeryToken").WithSummary("Returns the antiforgery token for support's state-changing calls")
            .Produces<AntiforgeryTokenView>().ProducesProblem(StatusCodes.Status401Unauthorized);
        agents.MapGet("/director-changes", ListPendingAsync).WithName("ListPendingDirectorChanges")
            .WithSummary("Lists pending director change requests of every company, oldest first")
            .Produces<IReadOnlyList<DirectorChangeView>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        agents.MapGet("/director-changes/{requestId:guid}/order-file", GetOrderFileAsync).WithName("GetDirectorChangeOrderFile")
            .WithSummary("Returns the appointment order file of a request")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        agents.MapPost("/director-changes/{requestId:guid}/approve", ApproveAsync).WithName("ApproveDirectorChange")
            .WithSummary("Approves a request: the future director becomes Director and the former one keeps no rights")
            .Produces<DirectorChangeView>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        agents.MapPost("/director-changes/{requestId:guid}/reject", RejectAsync).WithName("RejectDirectorChange")
            .WithSummary("Rejects a request with a comment for the company")
            .Produces<DirectorChangeView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        SupportDeletionRequestsApi.Map(agents);
    }

    private static async Task<Results<Ok<SupportAgentView>, ProblemHttpResult>> LoginAsync(
        SignedChallengeRequest body,
        HttpContext context,
        VerifyChallengeResponse verifyChallenge,
        IOptionsMonitor<SupportOptions> supportOptions,
        CancellationToken cancellationToken)
    {
        var signature = SignedChallengeReader.Read(body?.SignedXml, body?.SignedCms, body?.CertificateThumbprint);
        if (!signature.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(signature.Error);
        }

        var response = SignedChallengeReader.ToResponse(context, body!.ChallengeId, signature.Value!);
        var signer = await verifyChallenge.RunAsync(response, ChallengePurpose.Login, cancellationToken);
        if (!signer.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(signer.Error);
        }

        var agent = supportOptions.CurrentValue.Agents.FirstOrDefault(candidate => candidate.Iin == signer.Value!.Iin);
        if (agent is null)
        {
            return Idocs.Web.Security.Problems.From(new Error(
                SecurityErrorCodes.NotSupportAgent,
                "The certificate's owner is not a platform support agent; log in to the cabinet at /api/v1/auth/login instead."));
        }

        await context.SignInAsync(SupportAuthentication.Scheme, SupportAuthentication.CreatePrincipal(agent));
        return TypedResults.Ok(new SupportAgentView(agent.Id, agent.Name));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(SupportAuthentication.Scheme);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<DirectorChangeView>>> ListPendingAsync(IDirectorChangeRequestStore requests, CancellationToken cancellationToken)
    {
        var pending = await requests.ListPendingForSupportAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DirectorChangeView>>(pending.Select(AccountViews.Of).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetOrderFileAsync(
        Guid requestId,
        IDirectorChangeRequestStore requests,
        AppointmentOrderFiles orderFiles,
        IFileStore fileStore,
        CancellationToken cancellationToken)
    {
        var request = await requests.FindForSupportAsync(requestId, cancellationToken);
        var key = request is null ? null : await orderFiles.FindContentKeyForSupportAsync(request.OrderFile.FileId, cancellationToken);
        if (request is null || key is null)
        {
            return Idocs.Web.Security.Problems.From(new Error(CommonErrorCodes.NotFound, $"The director change request {requestId} or its order file was not found."));
        }

        var content = await fileStore.ReadAsync(key, cancellationToken);
        if (!content.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(content.Error);
        }

        var contentType = string.IsNullOrWhiteSpace(request.OrderFile.ContentType) ? "application/octet-stream" : request.OrderFile.ContentType;
        return TypedResults.File(content.Value!, contentType, request.OrderFile.FileName);
    }

    private static async Task<Results<Ok<DirectorChangeView>, ProblemHttpResult>> ApproveAsync(
        Guid requestId,
        ReviewBody? body,
        HttpContext context,
        ApproveDirectorChange approve,
        AccountsTransaction transaction,
        IOptionsMonitor<SupportOptions> supportOptions,
        CancellationToken cancellationToken)
    {
        var agent = SupportAuthentication.FindAgent(context.User, supportOptions.CurrentValue)
            ?? throw new InvalidOperationException("A support endpoint ran without a configured support agent.");
        var approved = await transaction.RunAsync(token => approve.RunAsync(agent, requestId, body?.Comment, token), cancellationToken);
        return approved.IsSuccess ? TypedResults.Ok(AccountViews.Of(approved.Value!)) : Idocs.Web.Security.Problems.From(approved.Error);
    }

    private static async Task<Results<Ok<DirectorChangeView>, ProblemHttpResult>> RejectAsync(
        Guid requestId,
        ReviewBody? body,
        HttpContext context,
        RejectDirectorChange reject,
        AccountsTransaction transaction,
        IOptionsMonitor<SupportOptions> supportOptions,
        CancellationToken cancellationToken)
    {
        var agent = SupportAuthentication.FindAgent(context.User, supportOptions.CurrentValue)
            ?? throw new InvalidOperationException("A support endpoint ran without a configured support agent.");
        var rejected = await transaction.RunAsync(token => reject.RunAsync(agent, requestId, body?.Comment, token), cancellationToken);
        return rejected.IsSuccess ? TypedResults.Ok(AccountViews.Of(rejected.Value!)) : Idocs.Web.Security.Problems.From(rejected.Error);
    }
}
