using Idocs.Documents.Deletion;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Accounts;

/// <summary>
/// Support's side of deletion requests, under <c>/api/v1/support/deletion-requests</c>: list the
/// pending requests of every company, approve one (the document is deleted and its passport
/// records it) or reject it with a comment for the requester.
/// </summary>
public static class SupportDeletionRequestsApi
{
    /// <summary>Maps the endpoints on support's group, which already requires a support agent.</summary>
    public static void Map(RouteGroupBuilder agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        agents.MapGet("/deletion-requests", ListPendingAsync).WithName("ListPendingDeletionRequests")
            .WithSummary("Lists pending document deletion requests of every company, oldest first")
            .Produces<IReadOnlyList<SupportDeletionRequestResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        agents.MapPost("/deletion-requests/{requestId:guid}/approve", ApproveAsync).WithName("ApproveDeletionRequest")
            .WithSummary("Approves a deletion request: the document is deleted and the Deleted event names the agent")
            .Produces<DeletionRequestResponse>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        agents.MapPost("/deletion-requests/{requestId:guid}/reject", RejectAsync).WithName("RejectDeletionRequest")
            .WithSummary("Rejects a deletion request with a comment for the requester; the document stays")
            .Produces<DeletionRequestResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<IReadOnlyList<SupportDeletionRequestResponse>>> ListPendingAsync(IDeletionRequestStore requests, CancellationToken cancellationToken)
    {
        var pending = await requests.ListPendingForSupportAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SupportDeletionRequestResponse>>([.. pending.Select(SupportDeletionRequestResponse.From)]);
    }

    private static async Task<Results<Ok<DeletionRequestResponse>, ProblemHttpResult>> ApproveAsync(
        Guid requestId, ReviewBody? body, HttpContext context, DecideDeletionRequest decide, IOptionsMonitor<SupportOptions> supportOptions, CancellationToken cancellationToken)
    {
        var agent = SupportAuthentication.FindAgent(context.User, supportOptions.CurrentValue)
            ?? throw new InvalidOperationException("A support endpoint ran without a configured support agent.");
        var approved = await decide.ApproveAsync(agent, requestId, body?.Comment, cancellationToken);
        return approved.IsSuccess ? TypedResults.Ok(DeletionRequestResponse.From(approved.Value)) : Idocs.Web.Api.Documents.DocumentProblems.From(approved.Error);
    }

    private static async Task<Results<Ok<DeletionRequestResponse>, ProblemHttpResult>> RejectAsync(
        Guid requestId, ReviewBody? body, HttpContext context, DecideDeletionRequest decide, IOptionsMonitor<SupportOptions> supportOptions, CancellationToken cancellationToken)
    {
        var agent = SupportAuthentication.FindAgent(context.User, supportOptions.CurrentValue)
            ?? throw new InvalidOperationException("A support endpoint ran without a configured support agent.");
        var rejected = await decide.RejectAsync(agent, requestId, body?.Comment, cancellationToken);
        return rejected.IsSuccess ? TypedResults.Ok(DeletionRequestResponse.From(rejected.Value)) : Idocs.Web.Api.Documents.DocumentProblems.From(rejected.Error);
    }
}
