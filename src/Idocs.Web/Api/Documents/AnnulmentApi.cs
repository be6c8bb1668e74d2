using Idocs.Documents.Annulment;
using Idocs.Documents.Flow;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Documents;

/// <summary>
/// <c>/api/v1/documents/{id}/annulment</c>: annulment of a document signed by all parties by
/// agreement of both sides. One side proposes, the other confirms on its own copy.
/// </summary>
public static class AnnulmentApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var group = v1.MapGroup("/documents/{documentId:guid}/annulment").WithTags("Documents").RequireAuthorization(ApiAuthentication.CallerPolicy);

        MapStep(group.MapPost("/", ProposeAsync), "ProposeAnnulment", "Propose to annul a document signed by all parties; an internal document is annulled at once.");
        MapStep(group.MapPost("/confirm", ConfirmAsync), "ConfirmAnnulment", "Confirm the other side's proposal, which annuls the document on both sides.");
    }

    private static void MapStep(RouteHandlerBuilder builder, string name, string summary) =>
        builder.WithName(name)
            .WithSummary(summary)
            .Produces<AnnulmentResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static Task<Results<Ok<AnnulmentResponse>, ProblemHttpResult>> ProposeAsync(
        Guid documentId, HttpContext context, [FromServices] AnnulByAgreement annul, CancellationToken cancellationToken) =>
        RunAsync(documentId, context, annul.ProposeAsync, cancellationToken);

    private static Task<Results<Ok<AnnulmentResponse>, ProblemHttpResult>> ConfirmAsync(
        Guid documentId, HttpContext context, [FromServices] AnnulByAgreement annul, CancellationToken cancellationToken) =>
        RunAsync(documentId, context, annul.ConfirmAsync, cancellationToken);

    private static async Task<Results<Ok<AnnulmentResponse>, ProblemHttpResult>> RunAsync(
        Guid documentId,
        HttpContext context,
        Func<DocumentActionCommand, CancellationToken, Task<Idocs.Common.Results.Result<AnnulmentOutcome>>> step,
        CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var outcome = await step(new DocumentActionCommand(documentId, caller.EmployeeId, caller.IpAddress), cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(AnnulmentResponse.From(outcome.Value)) : DocumentProblems.From(outcome.Error);
    }
}
