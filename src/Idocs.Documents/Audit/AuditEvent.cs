namespace Idocs.Documents.Audit;

/// <summary>
/// One fact in a profile's audit log. Append-only: nothing updates or deletes it. The event time is
/// <see cref="OccurredAt"/>; storage keeps its own insert time beside it.
/// </summary>
public sealed class AuditEvent
{
    internal AuditEvent(Guid id, Guid profileId, AuditEventType type, DateTimeOffset occurredAt, AuditActor actor, Guid? subjectId, AuditPayload payload)
    {
        Id = id;
        ProfileId = profileId;
        Type = type;
        OccurredAt = occurredAt;
        Actor = actor;
        SubjectId = subjectId;
        Payload = payload;
    }

    public Guid Id { get; }

    public Guid ProfileId { get; }

    public AuditEventType Type { get; }

    public DateTimeOffset OccurredAt { get; }

    public AuditActor Actor { get; }

    /// <summary>The entity the event is about (an employee, a request); not a foreign key, so deletes never cascade into the log.</summary>
    public Guid? SubjectId { get; }

    public AuditPayload Payload { get; }
}
