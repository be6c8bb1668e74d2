using Idocs.Documents.Audit;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Accounts;

/// <summary>The current profile's audit log: <c>/api/v1/audit-log</c>, open to its Director, owner and Admins.</summary>
public static class AuditLogApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapGet("/audit-log", ListAsync).WithTags("Audit").RequireAuthorization(IdocsPolicies.Session)
            .WithName("ListAuditLog").WithSummary("Lists the current profile's audit events, oldest first")
            .Produces<IReadOnlyList<AuditEventView>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEventView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, ReadAuditLog readAuditLog, CancellationToken cancellationToken)
    {
        var events = await readAuditLog.RunAsync(context.User.PersonId(), cancellationToken);
        return events.IsSuccess
            ? TypedResults.Ok<IReadOnlyList<AuditEventView>>(events.Value!.Select(AccountViews.Of).ToList())
            : Idocs.Web.Security.Problems.From(events.Error);
    }
}
