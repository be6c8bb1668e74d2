using Idocs.Common.Results;
using Idocs.Documents.Rights;

namespace Idocs.Web.Api.Tokens;

/// <summary>
/// Checks that a cabinet caller is an Admin or the Director of the profile in their session, for
/// the endpoints that manage a company's integrations.
/// </summary>
public static class CompanyAdminGate
{
    private static readonly ProfileRole[] ManagingRoles = [ProfileRole.Admin, ProfileRole.Director, ProfileRole.Owner];

    public static async Task<Result> RequireAdminAsync(HttpContext http, ApiCaller caller, string operation)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(caller);

        if (caller.PersonId is not { } personId)
        {
            return Result.Failure(
                Common.Results.CommonErrorCodes.Forbidden,
                $"Only a person who is the company's Admin may {operation}; an API token may not.");
        }

        var authorizer = http.RequestServices.GetService<ProfileAuthorizer>()
            ?? throw new InvalidOperationException("ProfileAuthorizer is not registered; the host must add the accounts services before the API.");
        var employee = await authorizer.RequireRoleAsync(personId, ManagingRoles, operation, http.RequestAborted);
        return employee.ToResult();
    }
}
