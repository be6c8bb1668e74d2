using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Employees;

/// <summary>Sets an employee's role and individually granted rights.</summary>
public sealed class ChangeEmployeeAccess(ProfileAuthorizer authorizer, IEmployeeStore employees, AuditRecorder audit, ITenantContext tenant)
{
    public async Task<Result<Employee>> RunAsync(Guid actorPersonId, Guid employeeId, ProfileRole role, ProfileRights grantedRights, CancellationToken cancellationToken)
    {
        var actor = await authorizer.RequireRightAsync(actorPersonId, ProfileRights.ManageEmployees, cancellationToken).ConfigureAwait(false);
        if (!actor.IsSuccess)
        {
            return actor.Error;
        }

        var target = await employees.FindAsync(employeeId, cancellationToken).ConfigureAwait(false);
        if (target is null || !TenantGuard.EnsureOwned(tenant, target.ProfileId, "employee", employeeId).IsSuccess)
        {
            return TenantGuard.NotFound("employee", employeeId);
        }

        var manageable = EmployeeAccessRules.CheckMayManage(actor.Value, target);
        if (!manageable.IsSuccess)
        {
            return manageable.Error;
        }

        var assignable = EmployeeAccessRules.CheckAssignable(actor.Value, role, grantedRights);
        if (!assignable.IsSuccess)
        {
            return assignable.Error;
        }

        target.ChangeAccess(role, grantedRights);
        if (!await employees.TrySaveAsync(target, cancellationToken).ConfigureAwait(false))
        {
            return new Error(CommonErrorCodes.ConcurrencyConflict, $"The employee {employeeId} changed meanwhile; reload and try again.");
        }

        await audit.RecordAsync(AuditEventType.EmployeeAccessChanged, AuditActor.ForEmployee(actor.Value), target.Id, EmployeeAuditPayload.Of(target), cancellationToken).ConfigureAwait(false);
        return target;
    }
}
