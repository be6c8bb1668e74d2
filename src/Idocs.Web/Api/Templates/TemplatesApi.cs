using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Documents;
using Idocs.Documents.Rights;
using Idocs.Documents.Templates;
using Idocs.Web.Api.Documents;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Tokens;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ApiCaller = Idocs.Web.Api.Documents.ApiCaller;

namespace Idocs.Web.Api.Templates;

/// <summary>
/// <c>/api/v1/templates</c>: the company's document templates (fields and a DOCX or generated-PDF
/// layout), and <c>/api/v1/documents/from-template</c>, which fills a template and stores the file
/// as a new draft document.
/// </summary>
public static class TemplatesApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var templates = v1.MapGroup("/templates").WithTags("Templates").RequireAuthorization(ApiAuthentication.CallerPolicy);

        templates.MapGet("/", ListAsync)
            .WithName("ListTemplates")
            .WithSummary("List the company's document templates.")
            .Produces<IReadOnlyList<TemplateView>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        templates.MapGet("/{templateId:guid}", GetAsync)
            .WithName("GetTemplate")
            .WithSummary("Get a document template with its fields.")
            .Produces<TemplateView>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        templates.MapPost("/", CreateAsync)
            .RequireProfileRight(ProfileRights.ManageTemplatesAndRoutes)
            .WithName("CreateTemplate")
            .WithSummary("Create a document template: name, fields and layout (docx with the file as base64, or generatedPdf).")
            .Produces<TemplateView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        templates.MapPut("/{templateId:guid}", UpdateAsync)
            .RequireProfileRight(ProfileRights.ManageTemplatesAndRoutes)
            .WithName("UpdateTemplate")
            .WithSummary("Replace a template's name, fields and layout.")
            .Produces<TemplateView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        v1.MapPost("/documents/from-template", CreateDocumentAsync)
            .RequireAuthorization(ApiAuthentication.CallerPolicy)
            .RequireProfileRight(ProfileRights.CreateDocuments)
            .WithTags("Templates")
            .WithName("CreateDocumentFromTemplate")
            .WithSummary("Fill a template's fields, produce its file and store it as a new draft document.")
            .Produces<DocumentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<List<TemplateView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, [FromServices] DocumentTemplates templates, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var listed = await templates.ListAsync(caller.EmployeeId, cancellationToken);
        return listed.IsSuccess ? TypedResults.Ok(listed.Value.Select(TemplateView.From).ToList()) : DocumentProblems.From(listed.Error);
    }

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> GetAsync(
        Guid templateId, HttpContext context, [FromServices] DocumentTemplates templates, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var found = await templates.FindAsync(caller.EmployeeId, templateId, cancellationToken);
        return found.IsSuccess ? TypedResults.Ok(TemplateView.From(found.Value)) : DocumentProblems.From(found.Error);
    }

    private static async Task<Results<Created<TemplateView>, ProblemHttpResult>> CreateAsync(
        TemplateBody body, HttpContext context, [FromServices] DocumentTemplates templates, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var template = TemplateBodyReader.Read(body);
        if (!template.IsSuccess)
        {
            return DocumentProblems.From(template.Error);
        }

        var created = await templates.CreateAsync(caller.EmployeeId, template.Value, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/templates/{created.Value.Id}", TemplateView.From(created.Value))
            : DocumentProblems.From(created.Error);
    }

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> UpdateAsync(
        Guid templateId, TemplateBody body, HttpContext context, [FromServices] DocumentTemplates templates, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        // The template is looked up first, so another company's id gets the same response as an unknown one, whatever the body contains.
        var existing = await templates.FindAsync(caller.EmployeeId, templateId, cancellationToken);
        if (!existing.IsSuccess)
        {
            return DocumentProblems.From(existing.Error);
        }

        var template = TemplateBodyReader.Read(body);
        if (!template.IsSuccess)
        {
            return DocumentProblems.From(template.Error);
        }

        var updated = await templates.UpdateAsync(caller.EmployeeId, templateId, template.Value, cancellationToken);
        return updated.IsSuccess ? TypedResults.Ok(TemplateView.From(updated.Value)) : DocumentProblems.From(updated.Error);
    }

    private static async Task<Results<Created<DocumentResponse>, ProblemHttpResult>> CreateDocumentAsync(
        FromTemplateBody body, HttpContext context, [FromServices] CreateDocumentFromTemplate fromTemplate, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var command = ReadCommand(body, caller);
        if (!command.IsSuccess)
        {
            return DocumentProblems.From(command.Error);
        }

        var created = await fromTemplate.CreateAsync(command.Value, CultureInfo.CurrentUICulture, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/documents/{created.Value.Id}", DocumentResponse.From(created.Value))
            : DocumentProblems.From(created.Error);
    }

    private static Result<FromTemplateCommand> ReadCommand(FromTemplateBody? body, ApiCaller caller)
    {
        if (body?.TemplateId is not { } templateId)
        {
            return new Error(CommonErrorCodes.InvalidInput, "Send templateId, the id of one of the company's templates.");
        }

        var kind = DocumentKind.Internal;
        if (!string.IsNullOrWhiteSpace(body.Kind)
            && (!Enum.TryParse(body.Kind, ignoreCase: true, out kind) || kind is not (DocumentKind.Internal or DocumentKind.ExternalOutgoing)))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"Kind is '{body.Kind}'; use Internal or ExternalOutgoing.");
        }

        if (!DateOnly.TryParseExact(body.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"Date is '{body.Date}'; use the format yyyy-MM-dd, for example 2026-12-05.");
        }

        Money? amount = null;
        if (body.Amount is { } value)
        {
            var money = Money.Create(value, body.Currency);
            if (!money.IsSuccess)
            {
                return money.Error;
            }

            amount = money.Value;
        }

        Counterparty? counterparty = null;
        if (!string.IsNullOrWhiteSpace(body.CounterpartyKind))
        {
            if (!Enum.TryParse<CounterpartyIdentifierKind>(body.CounterpartyKind, ignoreCase: true, out var identifierKind) || !Enum.IsDefined(identifierKind))
            {
                return new Error(CommonErrorCodes.InvalidInput, $"counterpartyKind is '{body.CounterpartyKind}'; use Bin, Iin or Email.");
            }

            var created = Counterparty.Create(identifierKind, body.CounterpartyIdentifier, body.CounterpartyName);
            if (!created.IsSuccess)
            {
                return created.Error;
            }

            counterparty = created.Value;
        }

        return new FromTemplateCommand(
            caller.EmployeeId, templateId, body.Values ?? new Dictionary<string, string?>(StringComparer.Ordinal), kind,
            body.Number ?? string.Empty, date, body.Title, amount, counterparty, caller.IpAddress);
    }
}
