using Idocs.Documents.Flow;
using Idocs.Documents.Routes;
using Idocs.Documents.Signing;
using Idocs.Web.Api.Documents.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Documents;

/// <summary>
/// The caller's inbox (documents waiting for their approval or signature) and the link endpoints a
/// counterparty without registration uses. Link GETs never change anything, so a mail scanner that
/// follows the emailed URL neither uses the link up nor marks the document viewed.
/// </summary>
public static class InboxApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);

        v1.MapGet("/inbox", ListAsync)
            .WithTags("Inbox")
            .WithName("ListInbox")
            .WithSummary("List the documents waiting for the caller's approval or signature, oldest first.")
            .Produces<IReadOnlyList<InboxItemResponse>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        var links = v1.MapGroup("/links/{documentId:guid}").WithTags("Links");
        links.MapGet("/", ViewAsync)
            .WithName("ViewDocumentByLink")
            .WithSummary("Show the document a link opens; the token comes from the emailed URL's query string.")
            .Produces<LinkDocumentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        links.MapGet("/files/{fileSha256}", DownloadAsync)
            .WithName("DownloadDocumentByLink")
            .WithSummary("Download a file of the document a link opens.")
            .Produces<FileContentHttpResult>(contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        links.MapPost("/viewed", MarkViewedAsync)
            .WithName("MarkDocumentViewedByLink")
            .WithSummary("Record that the counterparty opened the document; the link stays valid.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        links.MapPost("/sign", SignAsync)
            .WithName("SignDocumentByLink")
            .WithSummary("Sign through the link with a detached CMS over the stored file; uses the link up.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        links.MapPost("/reject", RejectAsync)
            .WithName("RejectDocumentByLink")
            .WithSummary("Reject through the link with a reason; uses the link up.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<IReadOnlyList<InboxItemResponse>>, ProblemHttpResult>> ListAsync(
        HttpContext context, [FromServices] IEmployeeFactsPort employees, [FromServices] DocumentInbox inbox, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        var employee = caller is null ? null : await employees.FindAsync(caller.EmployeeId, cancellationToken);
        if (employee is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var items = await inbox.ListAsync(RouteActors.For(employee), cancellationToken);
        IReadOnlyList<InboxItemResponse> response = [.. items.Select(item => new InboxItemResponse(item.DocumentId, item.Step.ToString(), item.StepActivityId, item.WaitingSince))];
        return TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<LinkDocumentResponse>, ProblemHttpResult>> ViewAsync(
        Guid documentId, string? token, [FromServices] CounterpartyLinkActions links, CancellationToken cancellationToken)
    {
        var view = await links.ViewAsync(documentId, token ?? string.Empty, cancellationToken);
        return view.IsSuccess ? TypedResults.Ok(LinkDocumentResponse.From(view.Value)) : DocumentProblems.From(view.Error);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid documentId, string fileSha256, string? token, [FromServices] CounterpartyLinkActions links, CancellationToken cancellationToken)
    {
        var bytes = await links.DownloadAsync(documentId, token ?? string.Empty, fileSha256, cancellationToken);
        return bytes.IsSuccess ? TypedResults.File(bytes.Value, "application/octet-stream", fileSha256) : DocumentProblems.From(bytes.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> MarkViewedAsync(
        Guid documentId, LinkTokenRequest request, HttpContext context, [FromServices] CounterpartyLinkActions links, CancellationToken cancellationToken)
    {
        var status = await links.MarkViewedAsync(documentId, request.Token ?? string.Empty, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return status.IsSuccess
            ? TypedResults.Ok(new StepResponse(documentId, status.Value.ToString(), Replayed: false, SignatureId: null))
            : DocumentProblems.From(status.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> SignAsync(
        Guid documentId, LinkSignRequest request, HttpContext context, [FromServices] CounterpartyLinkActions links, CancellationToken cancellationToken)
    {
        var cms = SignatureBytes.Decode(request.Signature, documentId);
        if (!cms.IsSuccess)
        {
            return DocumentProblems.From(cms.Error);
        }

        var signed = await links.SignAsync(
            new LinkActionCommand(documentId, request.Token ?? string.Empty, context.Connection.RemoteIpAddress?.ToString(), request.FileSha256, cms.Value),
            cancellationToken);
        return signed.IsSuccess ? TypedResults.Ok(StepResponse.From(signed.Value)) : DocumentProblems.From(signed.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> RejectAsync(
        Guid documentId, LinkRejectRequest request, HttpContext context, [FromServices] CounterpartyLinkActions links, CancellationToken cancellationToken)
    {
        var rejected = await links.RejectAsync(
            new LinkActionCommand(documentId, request.Token ?? string.Empty, context.Connection.RemoteIpAddress?.ToString(), Reason: request.Reason),
            cancellationToken);
        return rejected.IsSuccess ? TypedResults.Ok(StepResponse.From(rejected.Value)) : DocumentProblems.From(rejected.Error);
    }
}
