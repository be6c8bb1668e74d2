using System.Security.Claims;
using System.Text.Json;
using Idocs.Common.Results;
using Idocs.Workflows.Definitions;
using Idocs.Workflows.Designer;
using Idocs.Workflows.Designer.DryRun;
using Idocs.Workflows.Validation;
using Idocs.Web.Designer;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Designer;

/// <summary>
/// The designer's HTTP resource under <c>/api/v1/designer</c>: drafts, publish, history, diff,
/// duplicate, archive, JSON import and export, and the dry run. Every call needs the right
/// "manage templates and routes" in the caller's profile.
/// </summary>
public static class DesignerApi
{
    private const string JsonContentType = "application/json";

    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var group = v1.MapGroup("/designer").WithTags("Designer");

        group.MapGet("/catalog", CatalogAsync).Produces<CatalogView>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/drafts", CreateDraftAsync).Accepts<JsonElement>(JsonContentType).Produces<DraftView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/drafts/import", ImportAsync).Accepts<JsonElement>(JsonContentType).Produces<DraftView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/drafts/{draftId:guid}", GetDraftAsync).Produces<DraftView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/drafts/{draftId:guid}", SaveDraftAsync).Accepts<JsonElement>(JsonContentType).Produces<DraftView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/drafts/{draftId:guid}/validate", ValidateAsync).Produces<IReadOnlyList<ValidationProblem>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/drafts/{draftId:guid}/publish", PublishAsync).Produces<DefinitionSummary>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/drafts/{draftId:guid}/duplicate", DuplicateAsync).Produces<DraftView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/drafts/{draftId:guid}/archive", ArchiveDraftAsync).Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/drafts/{draftId:guid}/export", ExportDraftAsync).Produces<string>(StatusCodes.Status200OK, JsonContentType).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/drafts/{draftId:guid}/dry-run", DryRunAsync).Produces<DryRunResult>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/definitions/{definitionId}/drafts", DraftFromVersionAsync).Produces<DraftView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/definitions/{definitionId}/versions", HistoryAsync).Produces<IReadOnlyList<DefinitionSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/definitions/{definitionId}/versions/{version:int}/export", ExportVersionAsync).Produces<string>(StatusCodes.Status200OK, JsonContentType).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/definitions/{definitionId}/diff", DiffAsync).Produces<DefinitionDiff>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/definitions/{definitionId}/archive", ArchiveDefinitionAsync).Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Task<IResult> CatalogAsync(ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var catalog = await designer.CatalogAsync(caller.CompanyId, cancellationToken);
            return Results.Ok(new CatalogView(
                catalog.Drafts.Select(DraftView.From).ToList(),
                catalog.Published.Select(DefinitionSummary.From).ToList(),
                catalog.Shipped.Select(DefinitionSummary.From).ToList()));
        }, cancellationToken);

    private static Task<IResult> CreateDraftAsync([FromBody] JsonElement body, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var parsed = WorkflowJson.Deserialize(body.GetRawText());
            if (!parsed.IsSuccess)
            {
                return DesignerProblems.From(parsed.Error);
            }

            return Created(await designer.CreateDraftAsync(caller.CompanyId, caller.UserId, parsed.Value, cancellationToken));
        }, cancellationToken);

    private static Task<IResult> ImportAsync([FromBody] JsonElement body, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
            Created(await designer.ImportAsync(caller.CompanyId, caller.UserId, body.GetRawText(), cancellationToken)), cancellationToken);

    private static Task<IResult> GetDraftAsync(Guid draftId, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var draft = await designer.FindDraftAsync(caller.CompanyId, draftId, cancellationToken);
            return draft is null ? DraftNotFound(draftId) : Results.Ok(DraftView.From(draft));
        }, cancellationToken);

    private static Task<IResult> SaveDraftAsync(
        Guid draftId, [FromQuery] long? revision, [FromBody] JsonElement body, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            // The draft is looked up first, so another company's id returns 404 whatever else is wrong.
            if (await designer.FindDraftAsync(caller.CompanyId, draftId, cancellationToken) is null)
            {
                return DraftNotFound(draftId);
            }

            if (revision is null)
            {
                return MissingQueryValue("revision", "the draft's revision from its last read");
            }

            var parsed = WorkflowJson.Deserialize(body.GetRawText());
            if (!parsed.IsSuccess)
            {
                return DesignerProblems.From(parsed.Error);
            }

            var saved = await designer.SaveDraftAsync(caller.CompanyId, caller.UserId, draftId, parsed.Value, revision.Value, cancellationToken);
            return saved.IsSuccess ? Results.Ok(DraftView.From(saved.Value)) : DesignerProblems.From(saved.Error);
        }, cancellationToken);

    private static Task<IResult> ValidateAsync(Guid draftId, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var draft = await designer.FindDraftAsync(caller.CompanyId, draftId, cancellationToken);
            return draft is null ? DraftNotFound(draftId) : Results.Ok(designer.Validate(draft.Definition));
        }, cancellationToken);

    private static Task<IResult> PublishAsync(Guid draftId, [FromQuery] long? revision, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var draft = await designer.FindDraftAsync(caller.CompanyId, draftId, cancellationToken);
            if (draft is null)
            {
                return DraftNotFound(draftId);
            }

            if (revision is null)
            {
                return MissingQueryValue("revision", "the draft's revision from its last read");
            }

            var published = await designer.PublishAsync(caller.CompanyId, draftId, revision.Value, cancellationToken);
            if (published.IsSuccess)
            {
                return Results.Ok(DefinitionSummary.From(published.Value));
            }

            var problems = designer.Validate(draft.Definition);
            return DesignerProblems.From(published.Error, problems);
        }, cancellationToken);

    private static Task<IResult> DuplicateAsync(
        Guid draftId, DuplicateDraftRequest request, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
            Created(await designer.DuplicateDraftAsync(caller.CompanyId, caller.UserId, draftId, request.NewId, request.NewName, cancellationToken)), cancellationToken);

    private static Task<IResult> ArchiveDraftAsync(Guid draftId, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller => NoContent(await designer.ArchiveDraftAsync(caller.CompanyId, draftId, cancellationToken)), cancellationToken);

    private static Task<IResult> ExportDraftAsync(Guid draftId, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var draft = await designer.FindDraftAsync(caller.CompanyId, draftId, cancellationToken);
            return draft is null ? DraftNotFound(draftId) : JsonFile(draft.Definition);
        }, cancellationToken);

    private static Task<IResult> DryRunAsync(
        Guid draftId, DryRunBody body, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, DryRunner runner, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var draft = await designer.FindDraftAsync(caller.CompanyId, draftId, cancellationToken);
            if (draft is null)
            {
                return DraftNotFound(draftId);
            }

            var result = await runner.RunAsync(
                new DryRunRequest
                {
                    Definition = draft.Definition,
                    Fields = body.Fields ?? [],
                    Participants = body.Participants ?? [],
                    Decisions = body.Decisions ?? [],
                    StarterUserId = string.IsNullOrWhiteSpace(body.StarterUserId) ? caller.UserId : body.StarterUserId,
                },
                cancellationToken);
            return Results.Ok(result);
        }, cancellationToken);

    private static Task<IResult> DraftFromVersionAsync(
        string definitionId, DraftFromVersionRequest request, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
            Created(await designer.DraftFromVersionAsync(caller.CompanyId, caller.UserId, definitionId, request.Version, request.NewId, cancellationToken)), cancellationToken);

    private static Task<IResult> HistoryAsync(string definitionId, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var history = await designer.HistoryAsync(caller.CompanyId, definitionId, cancellationToken);
            return history.IsSuccess ? Results.Ok(history.Value.Select(DefinitionSummary.From).ToList()) : DesignerProblems.From(history.Error);
        }, cancellationToken);

    private static Task<IResult> ExportVersionAsync(string definitionId, int version, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            var found = await designer.FindVisibleVersionAsync(caller.CompanyId, definitionId, version, cancellationToken);
            return found.IsSuccess ? JsonFile(found.Value) : DesignerProblems.From(found.Error);
        }, cancellationToken);

    private static Task<IResult> DiffAsync(
        string definitionId, [FromQuery] int? from, [FromQuery] int? to, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller =>
        {
            if (from is null || to is null)
            {
                var history = await designer.HistoryAsync(caller.CompanyId, definitionId, cancellationToken);
                return history.IsSuccess
                    ? MissingQueryValue(from is null ? "from" : "to", "a published version number of this definition")
                    : DesignerProblems.From(history.Error);
            }

            var diff = await designer.DiffAsync(caller.CompanyId, definitionId, from.Value, to.Value, cancellationToken);
            return diff.IsSuccess ? Results.Ok(diff.Value) : DesignerProblems.From(diff.Error);
        }, cancellationToken);

    private static Task<IResult> ArchiveDefinitionAsync(string definitionId, ClaimsPrincipal user, IDesignerAccess access, DesignerService designer, CancellationToken cancellationToken) =>
        AsCallerAsync(user, access, async caller => NoContent(await designer.ArchiveDefinitionAsync(caller.CompanyId, definitionId, cancellationToken)), cancellationToken);

    private static async Task<IResult> AsCallerAsync(ClaimsPrincipal user, IDesignerAccess access, Func<DesignerCaller, Task<IResult>> action, CancellationToken cancellationToken)
    {
        var caller = await access.AuthorizeAsync(user, cancellationToken);
        return caller.IsSuccess ? await action(caller.Value) : DesignerProblems.From(caller.Error);
    }

    private static IResult Created(Result<DesignerDraft> draft) =>
        draft.IsSuccess
            ? Results.Created($"{ApiRoutes.Prefix}/designer/drafts/{draft.Value.Id}", DraftView.From(draft.Value))
            : DesignerProblems.From(draft.Error);

    private static IResult NoContent(Result result) => result.IsSuccess ? Results.NoContent() : DesignerProblems.From(result.Error);

    private static IResult MissingQueryValue(string name, string expected) =>
        DesignerProblems.From(new Error(DesignerErrorCodes.MissingQueryValue, $"The query value '{name}' is missing; pass {expected}."));

    private static IResult DraftNotFound(Guid draftId) =>
        DesignerProblems.From(new Error(DesignerErrorCodes.DraftNotFound, $"Draft {draftId} does not exist in this company."));

    private static IResult JsonFile(WorkflowDefinition definition) =>
        Results.Text(DefinitionExchange.Export(definition), JsonContentType);
}
