using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Employees;

/// <summary>Unblocks an employee of the current profile; they log in again to work.</summary>
public sealed class UnblockEmployee(ProfileAuthorizer authorizer, IEmployeeStore employees, AuditRecorder audit, ITenantContext tenant)
{
    public async Task<Result<Employee>> RunAsync(Guid actorPersonId, Guid employeeId, CancellationToken cancellationToken)
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

        var unblocked = target.Unblock();
        if (!unblocked.IsSuccess)
        {
            return unblocked.Error;
        }

        if (!await employees.TrySaveAsync(target, cancellationToken).ConfigureAwait(false))
        {
            return new Error(CommonErrorCodes.ConcurrencyConflict, $"The employee {employeeId} changed meanwhile; reload and try again.");
        }

        await audit.RecordAsync(AuditEventType.EmployeeUnblocked, AuditActor.ForEmployee(actor.Value), target.Id, EmployeeAuditPayload.Of(target), cancellationToken).ConfigureAwait(false);
        return target;
    }
}
