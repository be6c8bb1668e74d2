using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Flow;
using Idocs.Documents.Rights;
using Idocs.Documents.Uploads;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Idocs.Web.Security;

namespace Idocs.Web.Api.Documents;

/// <summary>
/// <c>/api/v1/documents</c>: upload, read and download documents, and the sender's actions on a
/// whole document (revoke, remind, delete).
/// </summary>
public static class DocumentsApi
{
    /// <summary>The largest upload request accepted, in bytes; each file is also held to <see cref="UploadLimits.MaxFileBytes"/>.</summary>
    public const long MaxUploadRequestBytes = 110L * 1024 * 1024;

    private static readonly string[] InlineContentTypes = ["application/pdf", "image/png", "image/jpeg"];

    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var group = v1.MapGroup("/documents").WithTags("Documents").RequireAuthorization(ApiAuthentication.CallerPolicy);

        group.MapPost("/", UploadAsync)
            .RequireProfileRight(ProfileRights.CreateDocuments)
            .WithName("UploadDocument")
            .WithSummary("Upload a document: multipart form with 'file' (one or more) and the fields kind, number, date, title, amount, currency, counterpartyKind, counterpartyIdentifier, counterpartyName, folderId.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{documentId:guid}", GetAsync)
            .WithName("GetDocument")
            .WithSummary("Get a document with its files and signatures.")
            .Produces<DocumentResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{documentId:guid}/files/{fileSha256}", DownloadFileAsync)
            .WithName("DownloadDocumentFile")
            .WithSummary("Download an original file; the download is written to the passport. With inline=true a PDF, PNG or JPEG is sent for display in the browser instead of as an attachment.")
            .Produces<FileContentHttpResult>(contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{documentId:guid}/signatures/{signatureId:guid}", DownloadSignatureAsync)
            .WithName("DownloadDocumentSignature")
            .WithSummary("Download a signature as a detached CMS (.p7s).")
            .Produces<FileContentHttpResult>(contentType: ReadDocument.CmsContentType)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{documentId:guid}", DeleteAsync)
            .WithName("DeleteDocument")
            .WithSummary("Delete a draft, rejected or revoked outgoing or internal document.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{documentId:guid}/revoke", RevokeAsync)
            .WithName("RevokeDocument")
            .WithSummary("Revoke a sent document before the counterparty signed it.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{documentId:guid}/reminders", RemindAsync)
            .WithName("SendDocumentReminder")
            .WithSummary("Remind the counterparty; an unregistered one gets a new link that replaces the old one.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{documentId:guid}/counterparties/email", ChangeCounterpartyEmailAsync)
            .WithName("ChangeCounterpartyEmail")
            .WithSummary("Correct an unregistered counterparty's email and send the document to the new address; old links stop working.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> UploadAsync(
        HttpContext context, [FromServices] CreateDocument createDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        if (!context.Request.HasFormContentType)
        {
            return DocumentProblems.From(new(CommonErrorCodes.InvalidInput, "Send the document as multipart/form-data with a 'file' field."));
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxUploadRequestBytes;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(
                new FormOptions { MultipartBodyLengthLimit = MaxUploadRequestBytes, ValueCountLimit = 64 }, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return TypedResults.Problem(
                detail: $"The upload is larger than {MaxUploadRequestBytes / (1024 * 1024)} MB or is not a valid multipart form; send smaller files or fewer at once.",
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "uploads.request_too_large",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "uploads.request_too_large" });
        }

        var command = DocumentUploadForm.Read(form, caller);
        if (!command.IsSuccess)
        {
            return DocumentProblems.From(command.Error);
        }

        var created = await createDocument.CreateAsync(command.Value, CultureInfo.CurrentUICulture, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/documents/{created.Value.Id}", DocumentResponse.From(created.Value))
            : DocumentProblems.From(created.Error);
    }

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> GetAsync(
        Guid documentId, HttpContext context, [FromServices] ReadDocument readDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var document = await readDocument.GetAsync(documentId, caller.EmployeeId, cancellationToken);
        return document.IsSuccess ? TypedResults.Ok(DocumentResponse.From(document.Value)) : DocumentProblems.From(document.Error);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadFileAsync(
        Guid documentId, string fileSha256, bool? inline, HttpContext context, [FromServices] ReadDocument readDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var download = await readDocument.DownloadFileAsync(documentId, caller.EmployeeId, fileSha256, caller.IpAddress, cancellationToken);
        if (!download.IsSuccess)
        {
            return DocumentProblems.From(download.Error);
        }

        // Only types the browser shows without running content are sent inline; the cabinet's
        // preview frames them. Anything else stays an attachment.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var file = download.Value;
        return inline == true && InlineContentTypes.Contains(file.ContentType)
            ? TypedResults.File(file.Content, file.ContentType)
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadSignatureAsync(
        Guid documentId, Guid signatureId, HttpContext context, [FromServices] ReadDocument readDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var download = await readDocument.DownloadSignatureAsync(documentId, caller.EmployeeId, signatureId, caller.IpAddress, cancellationToken);
        return download.IsSuccess
            ? TypedResults.File(download.Value.Content, download.Value.ContentType, download.Value.FileName)
            : DocumentProblems.From(download.Error);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid documentId, HttpContext context, [FromServices] DeleteDocument deleteDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var deleted = await deleteDocument.DeleteAsync(new DocumentActionCommand(documentId, caller.EmployeeId, caller.IpAddress), cancellationToken);
        return deleted.IsSuccess ? TypedResults.NoContent() : DocumentProblems.From(deleted.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> RevokeAsync(
        Guid documentId, [FromBody] RejectRequest? request, HttpContext context, [FromServices] RevokeDocument revokeDocument, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var revoked = await revokeDocument.RevokeAsync(new DocumentActionCommand(documentId, caller.EmployeeId, caller.IpAddress, request?.Reason), cancellationToken);
        return revoked.IsSuccess ? TypedResults.Ok(StepResponse.From(revoked.Value)) : DocumentProblems.From(revoked.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> RemindAsync(
        Guid documentId, HttpContext context, [FromServices] SendReminder sendReminder, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var reminded = await sendReminder.SendAsync(new DocumentActionCommand(documentId, caller.EmployeeId, caller.IpAddress), cancellationToken);
        return reminded.IsSuccess ? TypedResults.Ok(StepResponse.From(reminded.Value)) : DocumentProblems.From(reminded.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> ChangeCounterpartyEmailAsync(
        Guid documentId, CounterpartyEmailBody? body, HttpContext context, [FromServices] ChangeCounterpartyEmail changeEmail, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        if (string.IsNullOrWhiteSpace(body?.CurrentEmail) || string.IsNullOrWhiteSpace(body.NewEmail))
        {
            return DocumentProblems.From(new(CommonErrorCodes.InvalidInput, "Send 'currentEmail' (the counterparty's address now) and 'newEmail' (the corrected one)."));
        }

        var changed = await changeEmail.ChangeAsync(
            new ChangeCounterpartyEmailCommand(documentId, caller.EmployeeId, body.CurrentEmail, body.NewEmail, caller.IpAddress),
            cancellationToken);
        return changed.IsSuccess ? TypedResults.Ok(StepResponse.From(changed.Value)) : DocumentProblems.From(changed.Error);
    }
}
