namespace Idocs.Web.Api.Accounts;

/// <summary>One audit log entry; <paramref name="TypeCode"/> is the stable number of <paramref name="Type"/>.</summary>
public sealed record AuditEventView(Guid EventId, string Type, int TypeCode, DateTimeOffset OccurredAt, AuditActorView Actor, Guid? SubjectId, object Payload);
