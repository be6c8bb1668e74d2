using Idocs.Common.Ids;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Audit;

/// <summary>
/// The only way audit events are created: it stamps the id, the time, the current profile and the
/// request's client address and user agent.
/// </summary>
public sealed class AuditRecorder(IAuditLogStore log, ITenantContext tenant, TimeProvider clock, IAuditRequestInfo? requestInfo = null)
{
    /// <summary>Appends an event to the current profile's log; outside a profile this is a bug and throws.</summary>
    public async Task<AuditEvent> RecordAsync(
        AuditEventType type,
        AuditActor actor,
        Guid? subjectId,
        AuditPayload payload,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(payload);
        var profileId = tenant.ProfileId
            ?? throw new InvalidOperationException($"Audit event {type} recorded outside a profile.");
        if (requestInfo is not null && actor.Kind != AuditActorKind.System)
        {
            actor = actor with { IpAddress = requestInfo.IpAddress, UserAgent = requestInfo.UserAgent };
        }

        var auditEvent = new AuditEvent(IdGenerator.NewId(clock), profileId, type, clock.GetUtcNow(), actor, subjectId, payload);
        await log.AppendAsync(auditEvent, cancellationToken).ConfigureAwait(false);
        return auditEvent;
    }
}
