using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Flow;
using Idocs.Documents.Integrations.ApiTokens;
using Idocs.Documents.Integrations.OneC;
using Idocs.Documents.Rights;
using Idocs.PrintForms.Archives;
using Idocs.PrintForms.Localization;
using Idocs.Web.Api.Documents;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Idempotency;
using Idocs.Web.Api.Problems;
using Idocs.Web.Api.Tokens;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.OneC;

/// <summary>
/// <c>/api/v1/onec</c>: the endpoints a 1C accounting module calls. The module uploads acts,
/// invoices and waybills under their 1C ids, starts their routes, and approves or rejects where the
/// token's employee is the approver. It polls statuses by 1C id or as a feed since a cursor and
/// downloads a signed document's archive. It loads incoming documents made from the goods and
/// services receipt or ordinary invoice templates as JSON of the template's fields. Every POST needs
/// an <c>Idempotency-Key</c>, and a repeat with the same key returns the first response.
/// </summary>
public static class OneCApi
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    private static readonly string[] LoadableTemplates = [OneCTypeMapping.GoodsAndServicesReceiptTemplate, OneCTypeMapping.OrdinaryInvoiceTemplate];

    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var group = v1.MapGroup("/onec").WithTags("1C").AddEndpointFilter(RequireIdempotencyKeyAsync).AddEndpointFilter(OneCActor.FilterAsync);

        group.MapPost("/documents", UploadAsync)
            .RequireScope(ApiScopes.DocumentsWrite)
            .WithName("OneCUploadDocument")
            .WithSummary("Upload an act, invoice or waybill from 1C: multipart form with 'file' and the fields oneCId, type (act, invoice, waybill), number, date, amount, currency, counterpartyBin, counterpartyName.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<OneCDocumentStatus>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/documents/{oneCId}/route", StartRouteAsync)
            .RequireScope(ApiScopes.DocumentsWrite)
            .WithName("OneCStartRoute")
            .WithSummary("Start the route of a document uploaded from 1C, from stages or from a published route template.")
            .Produces<RouteStartedResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/documents/{oneCId}/approve", ApproveAsync)
            .RequireScope(ApiScopes.DocumentsWrite)
            .WithName("OneCApprove")
            .WithSummary("Approve, as the token's employee, at the approval step of a document uploaded from 1C that waits for that employee.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/documents/{oneCId}/reject", RejectAsync)
            .RequireScope(ApiScopes.DocumentsWrite)
            .WithName("OneCReject")
            .WithSummary("Reject with a reason, as the token's employee, at the step of a document uploaded from 1C that waits for that employee.")
            .Produces<StepResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/documents/{oneCId}", GetStatusAsync)
            .RequireScope(ApiScopes.DocumentsRead)
            .WithName("OneCGetStatus")
            .WithSummary("The status of a document uploaded from 1C, by its 1C id.")
            .Produces<OneCDocumentStatus>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/documents/{oneCId}/archive", DownloadArchiveAsync)
            .RequireScope(ApiScopes.DocumentsRead)
            .WithName("OneCDownloadArchive")
            .WithSummary("The document's archive (ZIP): originals, signatures, validation reports, print forms, passport and manifest.json with the SHA-256 of each entry.")
            .Produces<FileContentHttpResult>(contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/status-changes", ListStatusChangesAsync)
            .RequireScope(ApiScopes.DocumentsRead)
            .WithName("OneCListStatusChanges")
            .WithSummary("Documents uploaded from 1C whose status or details changed after 'cursor', oldest first, at most 'limit' (1 to 500, default 100).")
            .Produces<OneCStatusPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/incoming", ListIncomingAsync)
            .RequireScope(ApiScopes.DocumentsRead)
            .WithName("OneCListIncoming")
            .WithSummary("Incoming documents made from the goods and services receipt or ordinary invoice template that changed after 'cursor', as JSON 1C loads.")
            .Produces<OneCIncomingPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/incoming/{documentId:guid}", GetIncomingAsync)
            .RequireScope(ApiScopes.DocumentsRead)
            .WithName("OneCGetIncoming")
            .WithSummary("One incoming document as JSON 1C loads: the 1C object to create and the template's fields by name.")
            .Produces<OneCIncomingDocument>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async ValueTask<object?> RequireIdempotencyKeyAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && string.IsNullOrWhiteSpace(request.Headers[IdempotencyFilter.HeaderName]))
        {
            return ApiResults.Problem(
                StatusCodes.Status400BadRequest,
                OneCErrorCodes.IdempotencyKeyRequired,
                $"Send an {IdempotencyFilter.HeaderName} header (for example the 1C document's UUID and the attempt's purpose) so a retried call cannot act twice.");
        }

        return await next(context);
    }

    private static async Task<Results<Created<OneCDocumentStatus>, ProblemHttpResult>> UploadAsync(
        HttpContext context,
        [FromServices] ProfileAuthorizer authorizer,
        [FromServices] IOneCDocumentQueries queries,
        [FromServices] CreateDocument createDocument,
        CancellationToken cancellationToken)
    {
        var actor = OneCActor.Of(context);
        var allowed = await authorizer.RequireRightAsync(actor.PersonId, ProfileRights.CreateDocuments, cancellationToken);
        if (!allowed.IsSuccess)
        {
            return ApiResults.Problem(StatusCodes.Status403Forbidden, allowed.Error.Code, allowed.Error.Message);
        }

        if (!context.Request.HasFormContentType)
        {
            return OneCProblems.From(new Error(CommonErrorCodes.InvalidInput, "Send the document as multipart/form-data with a 'file' field and its 1C details."));
        }

        var form = await ReadFormAsync(context, cancellationToken);
        if (form is null)
        {
            return ApiResults.Problem(
                StatusCodes.Status413PayloadTooLarge,
                "uploads.request_too_large",
                $"The upload is larger than {DocumentsApi.MaxUploadRequestBytes / (1024 * 1024)} MB or is not a valid multipart form; send a smaller file.");
        }

        var upload = OneCUploadForm.Read(form);
        if (!upload.IsSuccess)
        {
            return OneCProblems.From(upload.Error);
        }

        var file = form.Files[0];
        await using var content = file.OpenReadStream();
        var command = OneCDocumentMapper.ToCommand(upload.Value, actor.EmployeeId, [new(file.FileName, content)], actor.IpAddress);
        if (!command.IsSuccess)
        {
            return OneCProblems.From(command.Error);
        }

        // NOTE: two concurrent uploads of one 1C id under different idempotency keys can both pass
        // this check. A retry is safe because it reuses its idempotency key.
        var oneCId = command.Value.FreeFields[OneCTypeMapping.OneCIdField];
        if (await queries.FindByOneCIdAsync(actor.ProfileId, oneCId, cancellationToken) is { } existing)
        {
            return OneCProblems.From(new Error(OneCErrorCodes.DuplicateOneCId, $"1C id '{oneCId}' is already document {existing}; poll its status instead of uploading it again."));
        }

        var created = await createDocument.CreateAsync(command.Value, CultureInfo.CurrentUICulture, cancellationToken);
        if (!created.IsSuccess)
        {
            return OneCProblems.From(created.Error);
        }

        var status = OneCDocumentMapper.ToStatus(created.Value);
        return TypedResults.Created($"{ApiRoutes.Prefix}/onec/documents/{Uri.EscapeDataString(oneCId)}", status.Value);
    }

    private static async Task<Results<Ok<RouteStartedResponse>, ProblemHttpResult>> StartRouteAsync(
        string oneCId, StartRouteRequest request, HttpContext context, [FromServices] IOneCDocumentQueries queries, [FromServices] StartRoute startRoute, CancellationToken cancellationToken)
    {
        var actor = OneCActor.Of(context);
        var documentId = await FindAsync(queries, actor, oneCId, cancellationToken);
        if (!documentId.IsSuccess)
        {
            return OneCProblems.From(documentId.Error);
        }

        var stages = RoutesApi.ReadStages(request.Stages);
        if (!stages.IsSuccess)
        {
            return OneCProblems.From(stages.Error);
        }

        var started = await startRoute.StartAsync(
            new StartRouteCommand(documentId.Value, actor.EmployeeId, stages.Value, request.TemplateId, actor.IpAddress), cancellationToken);
        return started.IsSuccess
            ? TypedResults.Ok(new RouteStartedResponse(
                started.Value.DocumentId, started.Value.RouteInstanceId, started.Value.DefinitionId, started.Value.DefinitionVersion, started.Value.Status.ToString()))
            : OneCProblems.From(started.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> ApproveAsync(
        string oneCId, HttpContext context, [FromServices] IOneCDocumentQueries queries, [FromServices] ApproveDocument approveDocument, CancellationToken cancellationToken)
    {
        var actor = OneCActor.Of(context);
        var documentId = await FindAsync(queries, actor, oneCId, cancellationToken);
        if (!documentId.IsSuccess)
        {
            return OneCProblems.From(documentId.Error);
        }

        var approved = await approveDocument.ApproveAsync(
            new StepCommand(documentId.Value, actor.EmployeeId, IdempotencyKeyOf(context), actor.IpAddress), cancellationToken);
        return approved.IsSuccess ? TypedResults.Ok(StepResponse.From(approved.Value)) : OneCProblems.From(approved.Error);
    }

    private static async Task<Results<Ok<StepResponse>, ProblemHttpResult>> RejectAsync(
        string oneCId, RejectRequest request, HttpContext context, [FromServices] IOneCDocumentQueries queries, [FromServices] RejectDocument rejectDocument, CancellationToken cancellationToken)
    {
        var actor = OneCActor.Of(context);
        var documentId = await FindAsync(queries, actor, oneCId, cancellationToken);
        if (!documentId.IsSuccess)
        {
            return OneCProblems.From(documentId.Error);
        }

        var rejected = await rejectDocument.RejectAsync(
            new StepCommand(documentId.Value, actor.EmployeeId, IdempotencyKeyOf(context), actor.IpAddress, request.Reason), cancellationToken);
        return rejected.IsSuccess ? TypedResults.Ok(StepResponse.From(rejected.Value)) : OneCProblems.From(rejected.Error);
    }

    private static async Task<Results<Ok<OneCDocumentStatus>, ProblemHttpResult>> GetStatusAsync(
        string oneCId, HttpContext context, [FromServices] IOneCDocumentQueries queries, [FromServices] ReadDocument readDocument, CancellationToken cancellationToken)
    {
        var actor = OneCActor.Of(context);
        var documentId = await FindAsync(queries, actor, oneCId, cancellationToken);
        if (!documentId.IsSuccess)
        {
            return OneCProblems.From(documentId.Error);
        }

        var document = await readDocument.GetAsync(documentId.Value, actor.EmployeeId, cancellationToken);
        if (!document.IsSuccess)
        {
            return OneCProblems.NotFound(oneCId);
        }

        var status = OneCDocumentMapper.ToStatus(document.Value);
        return status.IsSuccess ? TypedResults.Ok(status.Value) : OneCProblems.From(status.Error);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadArchiveAsync(
        string oneCId,
        HttpContext context,
        [FromServices] IOneCDocumentQueries queries,
        [FromServices] ReadDocument readDocument,
        [FromServices] DocumentArchiveExporter exporter,
        CancellationToken cancellationToken)
    {
        var actor = OneCActor.Of(context);
        var documentId = await FindAsync(queries, actor, oneCId, cancellationToken);
        if (!documentId.IsSuccess)
        {
            return OneCProblems.From(documentId.Error);
        }

        // The read checks that the acting employee may see the document before anything is exported.
        var document = await readDocument.GetAsync(documentId.Value, actor.EmployeeId, cancellationToken);
        if (!document.IsSuccess)
        {
            return OneCProblems.NotFound(oneCId);
        }

        using var archive = new MemoryStream();
        var exported = await exporter.ExportAsync(documentId.Value, archive, PrintLanguage.Russian, cancellationToken);
        return exported.IsSuccess
            ? TypedResults.File(archive.ToArray(), "application/zip", $"{document.Value.Number}-{documentId.Value:N}.zip")
            : OneCProblems.From(exported.Error);
    }

    private static async Task<Results<Ok<OneCStatusPage>, ProblemHttpResult>> ListStatusChangesAsync(
        HttpContext context,
        [FromServices] IOneCDocumentQueries queries,
        [FromServices] ReadDocument readDocument,
        CancellationToken cancellationToken,
        [FromQuery] string? cursor = null,
        [FromQuery] int limit = DefaultPageSize)
    {
        var actor = OneCActor.Of(context);
        var after = ReadPage(cursor, limit);
        if (!after.IsSuccess)
        {
            return OneCProblems.From(after.Error);
        }

        // NOTE: each document of the page is read on its own, with its access check, which makes a
        // page of 50 about 50 times the cost of one read (see the API load results).
        var page = await queries.ListChangedAsync(actor.ProfileId, after.Value, limit, cancellationToken);
        var items = new List<OneCDocumentStatus>(page.Count);
        foreach (var position in page)
        {
            var document = await readDocument.GetAsync(position.DocumentId, actor.EmployeeId, cancellationToken);
            if (document.IsSuccess && OneCDocumentMapper.ToStatus(document.Value) is { IsSuccess: true } status)
            {
                items.Add(status.Value);
            }
        }

        return TypedResults.Ok(new OneCStatusPage(items, page.Count == 0 ? null : page[^1].ToCursor()));
    }

    private static async Task<Results<Ok<OneCIncomingPage>, ProblemHttpResult>> ListIncomingAsync(
        HttpContext context,
        [FromServices] IOneCDocumentQueries queries,
        [FromServices] ReadDocument readDocument,
        CancellationToken cancellationToken,
        [FromQuery] string? cursor = null,
        [FromQuery] int limit = DefaultPageSize)
    {
        var actor = OneCActor.Of(context);
        var after = ReadPage(cursor, limit);
        if (!after.IsSuccess)
        {
            return OneCProblems.From(after.Error);
        }

        var page = await queries.ListIncomingAsync(actor.ProfileId, LoadableTemplates, after.Value, limit, cancellationToken);
        var items = new List<OneCIncomingDocument>(page.Count);
        foreach (var position in page)
        {
            var document = await readDocument.GetAsync(position.DocumentId, actor.EmployeeId, cancellationToken);
            if (document.IsSuccess && OneCDocumentMapper.ToIncoming(document.Value) is { IsSuccess: true } incoming)
            {
                items.Add(incoming.Value);
            }
        }

        return TypedResults.Ok(new OneCIncomingPage(items, page.Count == 0 ? null : page[^1].ToCursor()));
    }

    private static async Task<Results<Ok<OneCIncomingDocument>, ProblemHttpResult>> GetIncomingAsync(
        Guid documentId, HttpContext context, [FromServices] ReadDocument readDocument, CancellationToken cancellationToken)
    {
        var actor = OneCActor.Of(context);
        var document = await readDocument.GetAsync(documentId, actor.EmployeeId, cancellationToken);
        if (!document.IsSuccess)
        {
            return OneCProblems.From(document.Error);
        }

        var incoming = OneCDocumentMapper.ToIncoming(document.Value);
        return incoming.IsSuccess ? TypedResults.Ok(incoming.Value) : OneCProblems.From(incoming.Error);
    }

    /// <summary>Returns the request's idempotency key, which the route engine also uses to detect a replayed step.</summary>
    private static string IdempotencyKeyOf(HttpContext context) => context.Request.Headers[IdempotencyFilter.HeaderName].ToString();

    private static async Task<Result<Guid>> FindAsync(IOneCDocumentQueries queries, OneCActor actor, string oneCId, CancellationToken cancellationToken)
    {
        var checkedId = OneCDocumentMapper.CheckOneCId(oneCId);
        if (!checkedId.IsSuccess)
        {
            return checkedId.Error;
        }

        var documentId = await queries.FindByOneCIdAsync(actor.ProfileId, checkedId.Value, cancellationToken);
        return documentId is { } found
            ? found
            : new Error(OneCErrorCodes.DocumentNotFound, $"The company has no document with 1C id '{checkedId.Value}'; upload it first.");
    }

    private static Result<OneCChangePosition?> ReadPage(string? cursor, int limit)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"Query parameter 'limit' is {limit}; use 1 to {MaxPageSize}.");
        }

        if (string.IsNullOrEmpty(cursor))
        {
            return Result<OneCChangePosition?>.Success(null);
        }

        return OneCChangePosition.TryParse(cursor, out var position)
            ? position
            : new Error(OneCErrorCodes.InvalidCursor, $"Cursor '{cursor}' is not one this API returned; start without a cursor or send the last 'nextCursor'.");
    }

    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = DocumentsApi.MaxUploadRequestBytes;
        }

        try
        {
            return await context.Request.ReadFormAsync(
                new FormOptions { MultipartBodyLengthLimit = DocumentsApi.MaxUploadRequestBytes, ValueCountLimit = 32 }, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }
}
