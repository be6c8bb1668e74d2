using Idocs.Common.Results;
using Idocs.Documents.Employees;
using Idocs.Documents.Rights;
using Idocs.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Idocs.Web.Api.Accounts;

/// <summary>Employees of the current profile: <c>/api/v1/employees</c>. Each action checks the employee management right.</summary>
public static class EmployeesApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var employees = v1.MapGroup("/employees").WithTags("Employees").RequireAuthorization(IdocsPolicies.Session);

        employees.MapGet("/", ListAsync).WithName("ListEmployees").WithSummary("Lists the current profile's employees")
            .Produces<IReadOnlyList<EmployeeView>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        employees.MapPost("/", InviteAsync).WithName("InviteEmployee").WithSummary("Invites a person by IIN and email")
            .Produces<EmployeeView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPost("/{employeeId:guid}/block", BlockAsync).WithName("BlockEmployee").WithSummary("Blocks an employee and ends their sessions")
            .Produces<EmployeeView>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPost("/{employeeId:guid}/unblock", UnblockAsync).WithName("UnblockEmployee").WithSummary("Unblocks an employee")
            .Produces<EmployeeView>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        employees.MapPut("/{employeeId:guid}/access", ChangeAccessAsync).WithName("ChangeEmployeeAccess").WithSummary("Sets an employee's role and granted rights")
            .Produces<EmployeeView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<EmployeeView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, ListEmployees listEmployees, CancellationToken cancellationToken)
    {
        var listed = await listEmployees.RunAsync(context.User.PersonId(), cancellationToken);
        return listed.IsSuccess
            ? TypedResults.Ok<IReadOnlyList<EmployeeView>>(listed.Value!.Select(AccountViews.Of).ToList())
            : Idocs.Web.Security.Problems.From(listed.Error);
    }

    private static async Task<Results<Created<EmployeeView>, ProblemHttpResult>> InviteAsync(
        InvitationBody body, HttpContext context, InviteEmployee inviteEmployee, CancellationToken cancellationToken)
    {
        var access = ParseAccess(body?.Role ?? ApiNames.Of(ProfileRole.Employee), body?.Rights);
        if (!access.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(access.Error);
        }

        var request = new InvitationRequest(body!.Iin ?? string.Empty, body.Email ?? string.Empty, body.FullName ?? string.Empty, access.Value.Role, access.Value.Rights);
        var invited = await inviteEmployee.RunAsync(context.User.PersonId(), request, cancellationToken);
        return invited.IsSuccess
            ? TypedResults.Created($"{ApiRoutes.Prefix}/employees/{invited.Value!.Id}", AccountViews.Of(invited.Value))
            : Idocs.Web.Security.Problems.From(invited.Error);
    }

    private static async Task<Results<Ok<EmployeeView>, ProblemHttpResult>> BlockAsync(
        Guid employeeId, HttpContext context, BlockEmployee blockEmployee, CancellationToken cancellationToken)
    {
        var blocked = await blockEmployee.RunAsync(context.User.PersonId(), employeeId, cancellationToken);
        return blocked.IsSuccess ? TypedResults.Ok(AccountViews.Of(blocked.Value!)) : Idocs.Web.Security.Problems.From(blocked.Error);
    }

    private static async Task<Results<Ok<EmployeeView>, ProblemHttpResult>> UnblockAsync(
        Guid employeeId, HttpContext context, UnblockEmployee unblockEmployee, CancellationToken cancellationToken)
    {
        var unblocked = await unblockEmployee.RunAsync(context.User.PersonId(), employeeId, cancellationToken);
        return unblocked.IsSuccess ? TypedResults.Ok(AccountViews.Of(unblocked.Value!)) : Idocs.Web.Security.Problems.From(unblocked.Error);
    }

    private static async Task<Results<Ok<EmployeeView>, ProblemHttpResult>> ChangeAccessAsync(
        Guid employeeId,
        EmployeeAccessBody body,
        HttpContext context,
        ChangeEmployeeAccess changeAccess,
        IEmployeeStore employees,
        CancellationToken cancellationToken)
    {
        // Another profile's id returns 404 whatever the body, so a guessed id never gets a different response.
        if (await employees.FindAsync(employeeId, cancellationToken) is null)
        {
            return Idocs.Web.Security.Problems.From(Idocs.Documents.Tenancy.TenantGuard.NotFound("employee", employeeId));
        }

        var access = ParseAccess(body?.Role, body?.Rights);
        if (!access.IsSuccess)
        {
            return Idocs.Web.Security.Problems.From(access.Error);
        }

        var changed = await changeAccess.RunAsync(context.User.PersonId(), employeeId, access.Value.Role, access.Value.Rights, cancellationToken);
        return changed.IsSuccess ? TypedResults.Ok(AccountViews.Of(changed.Value!)) : Idocs.Web.Security.Problems.From(changed.Error);
    }

    private static Result<(ProfileRole Role, ProfileRights Rights)> ParseAccess(string? role, IReadOnlyList<string>? rights)
    {
        if (!ApiNames.TryParse<ProfileRole>(role, out var parsedRole))
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The role '{role}' is unknown; use employee, moderator or admin.");
        }

        var parsedRights = ProfileRights.None;
        foreach (var name in rights ?? [])
        {
            if (!ApiNames.TryParse<ProfileRights>(name, out var right) || right is ProfileRights.None or ProfileRights.All)
            {
                return new Error(CommonErrorCodes.InvalidInput, $"The right '{name}' is unknown; use one of {string.Join(", ", ApiNames.OfRights(ProfileRights.All))}.");
            }

            parsedRights |= right;
        }

        return (parsedRole, parsedRights);
    }
}
