using System.Security.Claims;
using Idocs.Common.Results;
using Idocs.PrintForms.Archives.Bulk;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Exports;

/// <summary>
/// <c>/api/v1/exports</c>: bulk exports of all of the caller's profile's documents. A POST queues
/// one, a GET on it reads its progress, and <c>/archive</c> downloads the finished ZIP.
/// </summary>
public static class ExportsApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);

        var group = v1.MapGroup("/exports").WithTags("Exports").RequireAuthorization();

        group.MapPost("/", StartAsync)
            .WithName("StartCompanyExport")
            .WithSummary("Queues an export of all of the caller's profile's documents; returns its progress record.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCompanyExport")
            .WithSummary("Returns an export's status and progress (documents processed of total, failures).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/archive", DownloadAsync)
            .WithName("DownloadCompanyExport")
            .WithSummary("Downloads a completed export as ZIP; its manifest.json lists every document archive with its SHA-256.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Accepted<CompanyExport>, ProblemHttpResult>> StartAsync(
        ClaimsPrincipal user, StartCompanyExport start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (!TryGetIds(user, out var profileId, out var employeeId))
        {
            return Problem(new Error(CommonErrorCodes.InvalidInput, "Choose a profile before exporting its documents."), StatusCodes.Status403Forbidden);
        }

        // NOTE: profiles do not record a contract termination yet, so every export runs as for a current customer.
        var started = await start.StartAsync(profileId, employeeId, terminatedAt: null, cancellationToken);
        return started.IsSuccess
            ? TypedResults.Accepted($"{ApiRoutes.Prefix}/exports/{started.Value.Id}", started.Value)
            : Problem(started.Error, StatusCodes.Status403Forbidden);
    }

    public static async Task<Results<Ok<CompanyExport>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, ICompanyExportStore exports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exports);
        var export = await FindOwnAsync(id, user, exports, cancellationToken);
        return export is null ? NotFound(id) : TypedResults.Ok(export);
    }

    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> DownloadAsync(
        Guid id, ClaimsPrincipal user, ICompanyExportStore exports, CompanyExportRunner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exports);
        ArgumentNullException.ThrowIfNull(runner);
        var export = await FindOwnAsync(id, user, exports, cancellationToken);
        if (export is null)
        {
            return NotFound(id);
        }

        if (export.Status != CompanyExportStatus.Completed)
        {
            return Problem(
                new Error(CommonErrorCodes.InvalidInput, $"Export {id} is {export.Status}; download it once it is Completed."),
                StatusCodes.Status409Conflict);
        }

        var path = runner.ArchivePath(id);
        return File.Exists(path)
            ? TypedResults.PhysicalFile(path, "application/zip", $"idocs-export-{export.RequestedAt:yyyyMMdd}-{id:N}.zip")
            : NotFound(id);
    }

    private static async Task<CompanyExport?> FindOwnAsync(Guid id, ClaimsPrincipal user, ICompanyExportStore exports, CancellationToken cancellationToken)
    {
        if (!TryGetIds(user, out var profileId, out _))
        {
            return null;
        }

        var export = await exports.FindAsync(id, cancellationToken);

        // Another profile's export returns the same 404 as a missing one, so ids cannot be probed.
        return export?.OwnerProfileId == profileId ? export : null;
    }

    private static bool TryGetIds(ClaimsPrincipal user, out Guid profileId, out Guid employeeId)
    {
        employeeId = Guid.Empty;
        return Guid.TryParse(user.FindFirstValue(IdocsClaimTypes.ProfileId), out profileId)
            && Guid.TryParse(user.FindFirstValue(IdocsClaimTypes.EmployeeId), out employeeId);
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        Problem(new Error(CommonErrorCodes.NotFound, $"Export {id} was not found for your profile."), StatusCodes.Status404NotFound);

    private static ProblemHttpResult Problem(Error error, int status) => TypedResults.Problem(
        detail: error.Message,
        statusCode: status,
        extensions: new Dictionary<string, object?> { ["code"] = error.Code });
}
