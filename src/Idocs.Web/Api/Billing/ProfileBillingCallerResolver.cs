using System.Security.Claims;
using Idocs.Billing.Actors;
using Idocs.Common.Results;
using Idocs.Documents.Rights;
using Idocs.Storage.Billing;
using Idocs.Web.Security;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Api.Billing;

/// <summary>
/// Reads the person and profile from the session's claims and the person's role from the profile's
/// staff list through <see cref="ProfileAuthorizer"/>, which rejects blocked and former employees.
/// Platform staff are the persons listed in <see cref="BillingApiOptions.PlatformStaffPersonIds"/>.
/// </summary>
public sealed class ProfileBillingCallerResolver(ProfileAuthorizer authorizer, IOptions<BillingApiOptions> options) : IBillingCallerResolver
{
    public async Task<Result<BillingCaller>> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Guid.TryParse(user.FindFirstValue(IdocsClaimTypes.PersonId), out var personId))
        {
            return new Error(BillingApiErrorCodes.Unauthenticated, "Sign in to use billing.");
        }

        if (options.Value.PlatformStaffPersonIds.Contains(personId))
        {
            Guid? staffProfile = Guid.TryParse(user.FindFirstValue(IdocsClaimTypes.ProfileId), out var chosen) ? chosen : null;
            return new BillingCaller(new BillingActor(personId, ActorRole.PlatformStaff), staffProfile);
        }

        if (!Guid.TryParse(user.FindFirstValue(IdocsClaimTypes.ProfileId), out var profileId))
        {
            return new Error(BillingApiErrorCodes.Unauthenticated, "Choose a profile before opening billing.");
        }

        var employee = await authorizer.RequireActiveMemberAsync(personId, cancellationToken);
        if (!employee.IsSuccess)
        {
            return new Error(CommonErrorCodes.Forbidden, employee.Error.Message);
        }

        return new BillingCaller(new BillingActor(personId, DocumentsBillingCompanyDirectory.ToActorRole(employee.Value.Role)), profileId);
    }
}
