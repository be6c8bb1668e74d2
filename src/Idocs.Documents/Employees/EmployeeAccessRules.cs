using Idocs.Common.Results;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Employees;

/// <summary>Checks of a role and rights that one employee gives another, shared by invitation and access changes.</summary>
internal static class EmployeeAccessRules
{
    public static Result CheckAssignable(Employee actor, ProfileRole role, ProfileRights grantedRights)
    {
        if (!Enum.IsDefined(role))
        {
            return Result.Failure(CommonErrorCodes.InvalidInput, $"The role {role} is unknown; choose Employee, Moderator or Admin.");
        }

        if (RolePolicy.IsHead(role))
        {
            return Result.Failure(
                AccountsErrorCodes.DirectorRoleNotAssignable,
                "The Director role is not assigned to an employee directly; file a director change request in the company profile.");
        }

        var notGrantable = RolePolicy.NotGrantable(grantedRights);
        if (notGrantable != ProfileRights.None)
        {
            return Result.Failure(
                AccountsErrorCodes.RightNotGrantable,
                $"The rights {notGrantable} come with the Director, Admin and Moderator roles and cannot be granted on their own; assign the role instead.");
        }

        if (!RolePolicy.MayManage(actor.Role, role))
        {
            return Outranked(actor.Role, role);
        }

        return Result.Success();
    }

    public static Result CheckMayManage(Employee actor, Employee target)
    {
        if (target.IsHead)
        {
            return Result.Failure(
                AccountsErrorCodes.DirectorRoleNotAssignable,
                "The Director's role and rights change only through a director change request.");
        }

        return RolePolicy.MayManage(actor.Role, target.Role) ? Result.Success() : Outranked(actor.Role, target.Role);
    }

    private static Result Outranked(ProfileRole actorRole, ProfileRole targetRole) =>
        Result.Failure(
            AccountsErrorCodes.ActorOutranked,
            $"A {actorRole} may not manage a {targetRole}; ask the Director or an Admin.");
}
