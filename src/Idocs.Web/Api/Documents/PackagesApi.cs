using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.Packages;
using Idocs.Documents.Rights;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Api.Tokens;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Idocs.Web.Api.Documents;

/// <summary>
/// <c>/api/v1/packages</c>: several files uploaded together, each a document of its own, whose route
/// is started, approved and signed in one action. Send an Idempotency-Key header with approve and sign.
/// </summary>
public static class PackagesApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var group = v1.MapGroup("/packages").WithTags("Packages").RequireAuthorization(ApiAuthentication.CallerPolicy);

        group.MapPost("/", CreateAsync)
            .RequireProfileRight(ProfileRights.CreateDocuments)
            .WithName("CreatePackage")
            .WithSummary("Upload a package: multipart form with two or more 'file' fields and the shared fields kind, number, date, title, counterpartyKind, counterpartyIdentifier, counterpartyName, folderId.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<PackageResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/{packageId:guid}", GetAsync)
            .WithName("GetPackage")
            .WithSummary("Get a package with the documents the caller may see.")
            .Produces<PackageResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapAction(group.MapPost("/{packageId:guid}/route", StartRouteAsync), "StartPackageRoute", "Start the same route for every document of the package.");
        MapAction(group.MapPost("/{packageId:guid}/approve", ApproveAsync), "ApprovePackage", "Approve every document of the package at the caller's approval step.");
        MapAction(group.MapPost("/{packageId:guid}/sign", SignAsync), "SignPackage", "Sign every document of the package: one item with the detached CMS per document.");
    }

    private static void MapAction(RouteHandlerBuilder builder, string name, string summary) =>
        builder.WithName(name)
            .WithSummary(summary)
            .Produces<PackageActionResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Results<Created<PackageResponse>, ProblemHttpResult>> CreateAsync(
        HttpContext context, [FromServices] CreatePackage createPackage, CancellationToken cancellationToken)
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

        var fields = DocumentUploadForm.Read(form, caller);
        if (!fields.IsSuccess)
        {
            return DocumentProblems.From(fields.Error);
        }

        var read = fields.Value;
        var created = await createPackage.CreateAsync(
            new CreatePackageCommand(read.EmployeeId, read.Kind, read.Number, read.Date, read.Title, read.Counterparties, read.FolderId, read.Files, read.IpAddress),
            CultureInfo.CurrentUICulture,
            cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/packages/{created.Value.Package.Id}", PackageResponse.From(created.Value))
            : DocumentProblems.From(created.Error);
    }

    private static async Task<Results<Ok<PackageResponse>, ProblemHttpResult>> GetAsync(
        Guid packageId, HttpContext context, [FromServices] ReadPackage readPackage, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var package = await readPackage.GetAsync(packageId, caller.EmployeeId, cancellationToken);
        return package.IsSuccess ? TypedResults.Ok(PackageResponse.From(package.Value)) : DocumentProblems.From(package.Error);
    }

    private static async Task<Results<Ok<PackageActionResponse>, ProblemHttpResult>> StartRouteAsync(
        Guid packageId, StartRouteRequest request, HttpContext context, [FromServices] ActOnPackage actOnPackage, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var stages = RoutesApi.ReadStages(request.Stages);
        if (!stages.IsSuccess)
        {
            return DocumentProblems.From(stages.Error);
        }

        var started = await actOnPackage.StartRouteAsync(packageId, caller.EmployeeId, stages.Value, request.TemplateId, caller.IpAddress, cancellationToken);
        return started.IsSuccess ? TypedResults.Ok(PackageActionResponse.From(started.Value)) : DocumentProblems.From(started.Error);
    }

    private static async Task<Results<Ok<PackageActionResponse>, ProblemHttpResult>> ApproveAsync(
        Guid packageId, HttpContext context, [FromServices] ActOnPackage actOnPackage, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        var approved = await actOnPackage.ApproveAsync(packageId, caller.EmployeeId, caller.IdempotencyKey, caller.IpAddress, cancellationToken);
        return approved.IsSuccess ? TypedResults.Ok(PackageActionResponse.From(approved.Value)) : DocumentProblems.From(approved.Error);
    }

    private static async Task<Results<Ok<PackageActionResponse>, ProblemHttpResult>> SignAsync(
        Guid packageId, MassSignRequest request, HttpContext context, [FromServices] ActOnPackage actOnPackage, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (caller is null)
        {
            return DocumentProblems.Unauthenticated();
        }

        if (request.Items is null || request.Items.Count is 0 or > PackageFactory.MaxFiles)
        {
            return DocumentProblems.From(new Error(CommonErrorCodes.InvalidInput, $"Send 1 to {PackageFactory.MaxFiles} items in 'items', one per document of the package."));
        }

        var signatures = new List<PackageSignature>(request.Items.Count);
        foreach (var item in request.Items)
        {
            var cms = SignatureBytes.Decode(item.Signature, item.DocumentId);
            if (!cms.IsSuccess)
            {
                return DocumentProblems.From(cms.Error);
            }

            signatures.Add(new PackageSignature(item.DocumentId, item.FileSha256 ?? string.Empty, cms.Value));
        }

        var signed = await actOnPackage.SignAsync(packageId, caller.EmployeeId, signatures, caller.IdempotencyKey, caller.IpAddress, cancellationToken);
        return signed.IsSuccess ? TypedResults.Ok(PackageActionResponse.From(signed.Value)) : DocumentProblems.From(signed.Error);
    }
}
