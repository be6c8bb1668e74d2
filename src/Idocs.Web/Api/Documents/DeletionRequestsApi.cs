using System.Globalization;
using Idocs.Documents.Deletion;
using Idocs.Documents.Uploads;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Documents;

/// <summary>
/// <c>/api/v1/documents/{id}/deletion-requests</c>: the author or an editor requests platform support to
/// delete a document the counterparty already signed, with a reason and a supporting file, and
/// follows the decision. Support decides under <c>/api/v1/support/deletion-requests</c>.
/// </summary>
public static class DeletionRequestsApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var group = v1.MapGroup("/documents/{documentId:guid}/deletion-requests").WithTags("Documents").RequireAuthorization(ApiAuthentication.CallerPolicy);

        group.MapPost("/", FileAsync)
            .WithName("FileDeletionRequest")
            .WithSummary("Ask support to delete a document the counterparty signed: multipart form with 'reason' and one supporting 'file', such as the agreement of both sides.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DeletionRequestResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ListAsync)
            .WithName("ListDeletionRequests")
            .WithSummary("List the document's deletion requests with support's decisions, oldest first.")
            .Produces<IReadOnlyList<DeletionRequestResponse>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<DeletionRequestResponse>, ProblemHttpResult>> FileAsync(
        Guid documentId, HttpContext context, [FromServices] FileDeletionRequest fileRequest, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var (form, problem) = await MultipartUpload.ReadAsync(context, "file", cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        var files = form.Files.Select(file => new IncomingFile(file.FileName, file.OpenReadStream())).ToList();
        var filed = await fileRequest.FileAsync(
            new FileDeletionRequestCommand(documentId, caller.EmployeeId, form["reason"].ToString(), files, caller.IpAddress),
            CultureInfo.CurrentUICulture,
            cancellationToken);
        return filed.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/documents/{documentId}/deletion-requests/{filed.Value.Id}", DeletionRequestResponse.From(filed.Value))
            : DocumentProblems.From(filed.Error);
    }

    private static async Task<Results<Ok<IReadOnlyList<DeletionRequestResponse>>, ProblemHttpResult>> ListAsync(
        Guid documentId, HttpContext context, [FromServices] ListDeletionRequests listRequests, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var listed = await listRequests.ListAsync(documentId, caller.EmployeeId, cancellationToken);
        return listed.IsSuccess
            ? TypedResults.Ok<IReadOnlyList<DeletionRequestResponse>>([.. listed.Value.Select(DeletionRequestResponse.From)])
            : DocumentProblems.From(listed.Error);
    }
}
