using System.Globalization;
using Idocs.Common.Results;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Rights;
using Idocs.Storage.Accounts;
using Idocs.Storage.Files;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Accounts;

/// <summary>
/// The company's director change requests: <c>/api/v1/director-changes</c>. Filing is a
/// multipart/form-data POST with the fields futureDirectorIin, futureDirectorFullName,
/// futureDirectorEmail (optional), orderNumber, orderDate (yyyy-MM-dd) and the file orderFile.
/// </summary>
public static class DirectorChangesApi
{
    private static readonly ProfileRole[] FilingRoles = [ProfileRole.Director, ProfileRole.Owner, ProfileRole.Admin];

    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var changes = v1.MapGroup("/director-changes").WithTags("Director change").RequireAuthorization(IdocsPolicies.Session);

        changes.MapPost("/", FileAsync).WithName("FileDirectorChange").WithSummary("Files a director change request with the appointment order")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DirectorChangeView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        changes.MapGet("/", ListAsync).WithName("ListDirectorChanges").WithSummary("Lists the company's director change requests")
            .Produces<IReadOnlyList<DirectorChangeView>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Created<DirectorChangeView>, ProblemHttpResult>> FileAsync(
        HttpContext context,
        ProfileAuthorizer authorizer,
        FileDirectorChangeRequest fileRequest,
        AccountsTransaction transaction,
        AppointmentOrderFiles orderFiles,
        IFileStore fileStore,
        CancellationToken cancellationToken)
    {
        var personId = context.User.PersonId();

        // Checked before the upload is stored, so that a person without the role stores nothing.
        var actor = await authorizer.RequireRoleAsync(personId, FilingRoles, "file a director change request", cancellationToken);
        if (!actor.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(actor.Error);
        }

        if (!context.Request.HasFormContentType)
        {
            return Idocs.Web.Security.Problems.From(new Error(CommonErrorCodes.InvalidInput, "Send the request as multipart/form-data with the order in the orderFile field."));
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var orderDate = ParseDate(form["orderDate"].ToString());
        if (!orderDate.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(orderDate.Error);
        }

        var file = form.Files.GetFile("orderFile");
        if (file is not null && (file.Length <= 0 || file.Length > FileDirectorChangeRequest.MaxOrderFileBytes))
        {
            return Idocs.Web.Security.Problems.From(new Error(
                CommonErrorCodes.InvalidInput,
                $"The order file '{file.FileName}' has {file.Length} bytes; upload a non-empty file of at most {FileDirectorChangeRequest.MaxOrderFileBytes / (1024 * 1024)} MiB."));
        }

        var filed = await transaction.RunAsync(
            async token =>
            {
                AppointmentOrderFile? orderFile = null;
                if (file is not null)
                {
                    // NOTE: on a later failure the row rolls back but the bytes stay in the content-addressed file store.
                    await using var content = file.OpenReadStream();
                    var stored = await fileStore.SaveAsync(content, token);
                    if (!stored.IsSuccess)
                    {
                        return Result<DirectorChangeRequest>.Failure(stored.Error);
                    }

                    orderFile = await orderFiles.AddAsync(actor.Value!.ProfileId, stored.Value!, Path.GetFileName(file.FileName), file.ContentType, token);
                }

                var application = new DirectorChangeApplication(
                    form["futureDirectorIin"].ToString(),
                    form["futureDirectorFullName"].ToString(),
                    form["futureDirectorEmail"].ToString(),
                    form["orderNumber"].ToString(),
                    orderDate.Value,
                    orderFile);
                return await fileRequest.RunAsync(personId, application, token);
            },
            cancellationToken);
        return filed.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/director-changes/{filed.Value!.Id}", AccountViews.Of(filed.Value))
            : Idocs.Web.Security.Problems.From(filed.Error);
    }

    private static async Task<Results<Ok<IReadOnlyList<DirectorChangeView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, ListDirectorChangeRequests listRequests, CancellationToken cancellationToken)
    {
        var listed = await listRequests.RunAsync(context.User.PersonId(), cancellationToken);
        return listed.IsSuccess
            ? TypedResults.Ok<IReadOnlyList<DirectorChangeView>>(listed.Value!.Select(AccountViews.Of).ToList())
            : Idocs.Web.Security.Problems.From(listed.Error);
    }

    /// <summary>Parses the order date; an empty value is left to the use case, which names the missing field.</summary>
    private static Result<DateOnly?> ParseDate(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Result<DateOnly?>.Success(null);
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Result<DateOnly?>.Success(date)
            : new Error(CommonErrorCodes.InvalidInput, $"The order date '{value}' is not a date in the form yyyy-MM-dd.");
    }
}
