using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Employees;

/// <summary>Blocks an employee of the current profile and ends their sessions in it.</summary>
public sealed partial class BlockEmployee(
    ProfileAuthorizer authorizer,
    IEmployeeStore employees,
    ISessionStore sessions,
    AuditRecorder audit,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<BlockEmployee> logger)
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

        if (target.IsHead)
        {
            return new Error(AccountsErrorCodes.CannotBlockDirector, "The Director cannot be blocked; change the director first, then block the former director.");
        }

        if (target.Id == actor.Value.Id)
        {
            return new Error(AccountsErrorCodes.CannotBlockSelf, "You cannot block yourself; ask another Admin or the Director.");
        }

        var manageable = EmployeeAccessRules.CheckMayManage(actor.Value, target);
        if (!manageable.IsSuccess)
        {
            return manageable.Error;
        }

        var now = clock.GetUtcNow();
        var blocked = target.Block(now);
        if (!blocked.IsSuccess)
        {
            return blocked.Error;
        }

        if (!await employees.TrySaveAsync(target, cancellationToken).ConfigureAwait(false))
        {
            return new Error(CommonErrorCodes.ConcurrencyConflict, $"The employee {employeeId} changed meanwhile; reload and try again.");
        }

        var ended = await sessions.RevokeForEmployeeAsync(target.Id, SessionRevocationReason.EmployeeBlocked, now, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(AuditEventType.EmployeeBlocked, AuditActor.ForEmployee(actor.Value), target.Id, EmployeeAuditPayload.Of(target), cancellationToken).ConfigureAwait(false);
        LogBlocked(logger, target.Id, target.ProfileId, ended);
        return target;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Blocked employee {EmployeeId} in profile {ProfileId} and ended {SessionCount} sessions")]
    private static partial void LogBlocked(ILogger logger, Guid employeeId, Guid profileId, int sessionCount);
}
