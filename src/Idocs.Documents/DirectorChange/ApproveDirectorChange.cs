using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Employees;
using Idocs.Documents.Events;
using Idocs.Documents.Rights;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.DirectorChange;

/// <summary>
/// Support approves a director change: the future director becomes Director (invited by IIN when not
/// an employee yet), and the former director stays an employee with no rights, to be blocked or given
/// other rights by the company.
/// </summary>
/// <remarks>
/// TODO: the request, both employees, the audit events and the outbox row are saved by separate
/// store calls. Storage must run this use case in one transaction, so that a failure cannot leave
/// the company with two directors or none.
/// </remarks>
public sealed partial class ApproveDirectorChange(
    IDirectorChangeRequestStore requests,
    IEmployeeStore employees,
    AuditRecorder audit,
    IAccountEventOutbox outbox,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<ApproveDirectorChange> logger)
{
    public async Task<Result<DirectorChangeRequest>> RunAsync(SupportAgent agent, Guid requestId, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var request = await requests.FindForSupportAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return new Error(CommonErrorCodes.NotFound, $"The director change request {requestId} was not found.");
        }

        using var scope = tenant.EnterProfile(request.ProfileId);
        var now = clock.GetUtcNow();
        var approved = request.Approve(agent, comment, now);
        if (!approved.IsSuccess)
        {
            return approved.Error;
        }

        if (!await requests.TrySaveAsync(request, cancellationToken).ConfigureAwait(false))
        {
            return Conflict(requestId);
        }

        var former = await employees.FindHeadAsync(cancellationToken).ConfigureAwait(false);
        if (former is not null)
        {
            former.ResetToEmployeeWithoutRights();
            if (!await employees.TrySaveAsync(former, cancellationToken).ConfigureAwait(false))
            {
                return Conflict(requestId);
            }
        }

        var (director, invited) = await InstallDirectorAsync(request, now, cancellationToken).ConfigureAwait(false);
        if (director is null)
        {
            return Conflict(requestId);
        }

        var supportActor = new AuditActor(AuditActorKind.PlatformSupport, agent.Id, agent.Name, null);
        var payload = new DirectorChangeAuditPayload(request.Id, request.FutureDirectorIin, request.FutureDirectorFullName, former?.Id, request.ReviewComment);
        await audit.RecordAsync(AuditEventType.DirectorChangeApproved, supportActor, request.Id, payload, cancellationToken).ConfigureAwait(false);
        if (former is not null)
        {
            await audit.RecordAsync(AuditEventType.FormerDirectorRightsReset, supportActor, former.Id, EmployeeAuditPayload.Of(former), cancellationToken).ConfigureAwait(false);
        }

        await audit.RecordAsync(AuditEventType.DirectorChanged, supportActor, director.Id, EmployeeAuditPayload.Of(director), cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(
            new DirectorChanged(IdGenerator.NewId(clock), now, request.ProfileId, request.Id, director.Id, former?.Id, invited),
            cancellationToken).ConfigureAwait(false);
        LogApproved(logger, request.Id, request.ProfileId, agent.Id);
        return request;
    }

    private async Task<(Employee? Director, bool Invited)> InstallDirectorAsync(DirectorChangeRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await employees.FindByIinAsync(request.FutureDirectorIin, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            existing.PromoteToDirector();
            return (await employees.TrySaveAsync(existing, cancellationToken).ConfigureAwait(false) ? existing : null, false);
        }

        var invited = Employee.Invite(
            request.ProfileId,
            request.FutureDirectorIin,
            request.FutureDirectorFullName,
            request.FutureDirectorEmail,
            ProfileRole.Director,
            ProfileRights.None,
            now,
            clock);
        return (await employees.TryAddAsync(invited, cancellationToken).ConfigureAwait(false) ? invited : null, true);
    }

    private static Error Conflict(Guid requestId) =>
        new(CommonErrorCodes.ConcurrencyConflict, $"The company's employees or the request {requestId} changed during the approval; reload the request and review it again.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Support agent {SupportAgentId} approved director change request {DirectorChangeRequestId} for profile {ProfileId}")]
    private static partial void LogApproved(ILogger logger, Guid directorChangeRequestId, Guid profileId, Guid supportAgentId);
}
