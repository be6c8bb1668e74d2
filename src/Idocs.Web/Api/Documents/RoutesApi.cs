using Idocs.Common.Results;
using Idocs.Documents.Flow;
using Idocs.Documents.Routes;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Documents;

/// <summary>
/// A document's route: start it, approve, sign (the CMS in the body) or reject at the step that waits
/// for the caller, and mass approve or sign many documents in one request. Send an Idempotency-Key
/// header so that a retried request returns the first result instead of acting twice.
/// </summary>
public static class RoutesApi
{
    /// <summary>The most signatures one mass request carries; the plan limit usually refuses far fewer.</summary>
    public const int MaxMassItems = 5000;

    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var group = v1.MapGroup("/documents").WithTags("Routes").RequireAuthorization(ApiAuthentication.CallerPolicy);

        group.MapPost("/{documentId:guid}/route", StartAsync)
            .WithName("StartDocumentRoute")
            .WithSummary("Start the document's route from stages or from a published route template.")
            .Produces<RouteStartedResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        MapStep(group.MapPost("/{documentId:guid}/approve", ApproveAsync), "ApproveDocument", "Approve at the approval step that waits for the caller.");
        MapStep(group.MapPost("/{documentId:guid}/sign", SignAsync), "SignDocument", "Sign at the signing step that waits for the caller; the body carries the detached CMS over the stored file.");
        MapStep(group.MapPost("/{documentId:guid}/reject", RejectAsync), "RejectDocument", "Reject with a reason at the step that waits for the caller; the document returns to its author.");

        group.MapPost("/mass/sign", MassSignAsync)
            .WithName("MassSignDocuments")
            .WithSummary("Sign many documents in one request, one CMS per document file; refused as a whole when the plan limit is exceeded.")
            .Produces<MassActionResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/mass/approve", MassApproveAsync)
            .WithName("MassApproveDocuments")
            .WithSummary("Approve many documents in one request; refused as a whole when the plan limit is exceeded.")
            .Produces<MassActionResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapStep(RouteHandlerBuilder builder, string name, string summary) =>
        builder.WithName(name)
            .WithSummary(summary)
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Ok<RouteStartedResponse>, ProblemHttpResult>> StartAsync(
        Guid documentId, StartRouteRequest request, HttpContext context, [FromServices] StartRoute startRoute, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var stages = ReadStages(request.Stages);
        if (!stages.IsSuccess)
        {
            return DocumentProblems.From(stages.Error);
        }

        var started = await startRoute.StartAsync(
            new StartRouteCommand(documentId, caller.EmployeeId, stages.Value, request.TemplateId, caller.IpAddress), cancellationToken);
        return started.IsSuccess
            ? TypedResults.Ok(new RouteStartedResponse(
                started.Value.DocumentId, started.Value.RouteInstanceId, started.Value.DefinitionId, started.Value.DefinitionVersion, started.Value.Status.ToString()))
            : DocumentProblems.From(started.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> ApproveAsync(
        Guid documentId, HttpContext context, [FromServices] ApproveDocument approveDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var approved = await approveDocument.ApproveAsync(new StepCommand(documentId, caller.EmployeeId, caller.IdempotencyKey, caller.IpAddress), cancellationToken);
        return approved.IsSuccess ? TypedResults.Ok(StepResponse.From(approved.Value)) : DocumentProblems.From(approved.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> SignAsync(
        Guid documentId, SignRequest request, HttpContext context, [FromServices] SignDocument signDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var cms = SignatureBytes.Decode(request.Signature, documentId);
        if (!cms.IsSuccess)
        {
            return DocumentProblems.From(cms.Error);
        }

        var signed = await signDocument.SignAsync(
            new SignCommand(documentId, caller.EmployeeId, request.FileSha256 ?? string.Empty, cms.Value, caller.IdempotencyKey, caller.IpAddress), cancellationToken);
        return signed.IsSuccess ? TypedResults.Ok(StepResponse.From(signed.Value)) : DocumentProblems.From(signed.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> RejectAsync(
        Guid documentId, RejectRequest request, HttpContext context, [FromServices] RejectDocument rejectDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var rejected = await rejectDocument.RejectAsync(
            new StepCommand(documentId, caller.EmployeeId, caller.IdempotencyKey, caller.IpAddress, request.Reason), cancellationToken);
        return rejected.IsSuccess ? TypedResults.Ok(StepResponse.From(rejected.Value)) : DocumentProblems.From(rejected.Error);
    }

    private static async Task<Results<Ok<MassActionResponse>, ProblemHttpResult>> MassSignAsync(
        MassSignRequest request, HttpContext context, [FromServices] MassActions massActions, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        if (request.Items is null || request.Items.Count > MaxMassItems)
        {
            return DocumentProblems.From(new Error(CommonErrorCodes.InvalidInput, $"Send 1 to {MaxMassItems} items in 'items'."));
        }

        var items = new List<MassSignItem>(request.Items.Count);
        foreach (var item in request.Items)
        {
            var cms = SignatureBytes.Decode(item.Signature, item.DocumentId);
            if (!cms.IsSuccess)
            {
                return DocumentProblems.From(cms.Error);
            }

            items.Add(new MassSignItem(item.DocumentId, item.FileSha256 ?? string.Empty, cms.Value));
        }

        var signed = await massActions.SignAsync(caller.EmployeeId, items, caller.IdempotencyKey, caller.IpAddress, cancellationToken);
        return signed.IsSuccess ? TypedResults.Ok(MassActionResponse.From(signed.Value)) : DocumentProblems.From(signed.Error);
    }

    private static async Task<Results<Ok<MassActionResponse>, ProblemHttpResult>> MassApproveAsync(
        MassApproveRequest request, HttpContext context, [FromServices] MassActions massActions, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        if (request.DocumentIds is null || request.DocumentIds.Count > MaxMassItems)
        {
            return DocumentProblems.From(new Error(CommonErrorCodes.InvalidInput, $"Send 1 to {MaxMassItems} ids in 'documentIds'."));
        }

        var approved = await massActions.ApproveAsync(caller.EmployeeId, request.DocumentIds, caller.IdempotencyKey, caller.IpAddress, cancellationToken);
        return approved.IsSuccess ? TypedResults.Ok(MassActionResponse.From(approved.Value)) : DocumentProblems.From(approved.Error);
    }

    internal static Result<IReadOnlyList<RouteStage>?> ReadStages(IReadOnlyList<RouteStageRequest>? stages)
    {
        if (stages is null)
        {
            return Result<IReadOnlyList<RouteStage>?>.Success(null);
        }

        var result = new List<RouteStage>(stages.Count);
        for (var index = 0; index < stages.Count; index++)
        {
            var stage = stages[index];
            RouteStepKind? kind = stage.Kind?.ToLowerInvariant() switch
            {
                "approve" => RouteStepKind.Approve,
                "sign" => RouteStepKind.Sign,
                _ => null,
            };
            RouteCompletion? completion = (stage.Completion ?? "all-of").ToLowerInvariant() switch
            {
                "all-of" => RouteCompletion.AllOf,
                "any-of" => RouteCompletion.AnyOf,
                _ => null,
            };
            if (kind is null || completion is null)
            {
                return new Error(
                    CommonErrorCodes.InvalidInput,
                    $"Stage {index + 1} has kind '{stage.Kind}' and completion '{stage.Completion}'; use kind approve or sign and completion all-of or any-of.");
            }

            result.Add(new RouteStage(kind.Value, stage.EmployeeIds ?? [], completion.Value));
        }

        return result;
    }
}
