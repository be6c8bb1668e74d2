using Idocs.Documents.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

/// <summary>
/// Audit events are insert-only. The type is stored as its stable number; the actor snapshot and
/// the payload are JSON. <see cref="RecordedAtProperty"/> keeps the insert time beside the event time.
/// </summary>
internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public const string RecordedAtProperty = "RecordedAt";

    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable(AccountsTables.AuditEvents);
        builder.HasKey(auditEvent => auditEvent.Id);
        builder.Property(auditEvent => auditEvent.Id).ValueGeneratedNever();
        builder.Property(auditEvent => auditEvent.ProfileId);
        builder.Property(auditEvent => auditEvent.Type).HasConversion<int>();
        builder.Property(auditEvent => auditEvent.OccurredAt);
        builder.Property<DateTimeOffset>(RecordedAtProperty);
        builder.Property(auditEvent => auditEvent.SubjectId);
        builder.Property(auditEvent => auditEvent.Actor)
            .HasConversion(actor => AccountsJson.Serialize(actor), json => AccountsJson.Deserialize<AuditActor>(json))
            .HasMaxLength(AccountsTables.JsonLength);
        builder.Property(auditEvent => auditEvent.Payload)
            .HasConversion(payload => AuditPayloadJson.Serialize(payload), json => AuditPayloadJson.Deserialize(json));

        // SubjectId is deliberately not a foreign key, so deleting a subject never touches the log.
        builder.HasIndex(auditEvent => new { auditEvent.ProfileId, auditEvent.OccurredAt });
    }
}
