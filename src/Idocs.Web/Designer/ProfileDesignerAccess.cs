using System.Globalization;
using System.Security.Claims;
using Idocs.Common.Results;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Idocs.Web.Security;

namespace Idocs.Web.Designer;

/// <summary>
/// Checks the right "manage templates and routes" in the caller's current profile with
/// <see cref="ProfileAuthorizer"/>, which reloads the employee row on every call, so a right removed
/// a moment ago applies to the next designer action.
/// </summary>
public sealed class ProfileDesignerAccess(ProfileAuthorizer authorizer, ITenantContext tenant) : IDesignerAccess
{
    public async Task<Result<DesignerCaller>> AuthorizeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!TryGuid(user, IdocsClaimTypes.PersonId, out var personId) || !TryGuid(user, IdocsClaimTypes.ProfileId, out var profileId))
        {
            return Result<DesignerCaller>.Failure(
                DesignerAccessErrorCodes.NotSignedIn, "Sign in and choose a profile to open the designer.");
        }

        // A Blazor circuit outlives the request that set the tenant, so the check enters the
        // profile named by the session's own claim when none is set.
        using var scope = tenant.ProfileId is null ? tenant.EnterProfile(profileId) : null;
        var employee = await authorizer.RequireRightAsync(personId, ProfileRights.ManageTemplatesAndRoutes, cancellationToken);
        return employee.IsSuccess
            ? new DesignerCaller(profileId, personId.ToString("D", CultureInfo.InvariantCulture))
            : Result<DesignerCaller>.Failure(employee.Error);
    }

    private static bool TryGuid(ClaimsPrincipal user, string claimType, out Guid value) =>
        Guid.TryParse(user.FindFirst(claimType)?.Value, out value);
}
