using Idocs.Common.Results;
using Idocs.Documents.Employees;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Rights;

/// <summary>
/// The one server-side check every use case calls before it acts in a profile. It reloads the
/// person's employee row each time, so a right removed or a block made a moment ago applies at once.
/// </summary>
public sealed class ProfileAuthorizer(ITenantContext tenant, IEmployeeStore employees)
{
    /// <summary>Returns the person's active employee row in the current profile.</summary>
    public async Task<Result<Employee>> RequireActiveMemberAsync(Guid personId, CancellationToken cancellationToken)
    {
        var profileId = TenantGuard.RequireProfile(tenant);
        if (!profileId.IsSuccess)
        {
            return profileId.Error;
        }

        var employee = await employees
            .FindForPersonAcrossProfilesAsync(personId, profileId.Value, cancellationToken)
            .ConfigureAwait(false);
        return employee?.Status switch
        {
            EmployeeStatus.Active => employee,
            EmployeeStatus.Blocked => new Error(
                AccountsErrorCodes.EmployeeBlocked,
                "Your access to this profile is blocked; ask its Director or an Admin to unblock you."),
            _ => new Error(
                AccountsErrorCodes.NotActiveMember,
                $"You are not an active member of profile {profileId.Value}; ask its Director or an Admin to invite you."),
        };
    }

    /// <summary>Returns the person's employee row if they are active and have <paramref name="right"/> in the current profile.</summary>
    public async Task<Result<Employee>> RequireRightAsync(Guid personId, ProfileRights right, CancellationToken cancellationToken)
    {
        var employee = await RequireActiveMemberAsync(personId, cancellationToken).ConfigureAwait(false);
        if (!employee.IsSuccess)
        {
            return employee;
        }

        if (!employee.Value.EffectiveRights.HasFlag(right))
        {
            return new Error(
                AccountsErrorCodes.RightMissing,
                $"You lack the right {right} in this profile; ask its Director, an Admin or a Moderator to grant it.");
        }

        return employee;
    }

    /// <summary>Returns the person's employee row if they are active and hold one of <paramref name="roles"/>.</summary>
    public async Task<Result<Employee>> RequireRoleAsync(Guid personId, IReadOnlyCollection<ProfileRole> roles, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var employee = await RequireActiveMemberAsync(personId, cancellationToken).ConfigureAwait(false);
        if (!employee.IsSuccess)
        {
            return employee;
        }

        if (!roles.Contains(employee.Value.Role))
        {
            return new Error(
                AccountsErrorCodes.RoleRequired,
                $"Only {string.Join(" or ", roles)} may {operation}; your role is {employee.Value.Role}.");
        }

        return employee;
    }
}
