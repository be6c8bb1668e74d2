using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Workflows;

internal sealed class WorkflowDefinitionRowConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRow>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRow> builder)
    {
        builder.ToTable("workflow_definitions");
        builder.HasKey(row => new { row.DefinitionId, row.DefinitionVersion });
        builder.Property(row => row.DefinitionId).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.Property(row => row.State).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
        builder.Property(row => row.Source).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
    }
}

internal sealed class WorkflowInstanceRowConfiguration : IEntityTypeConfiguration<WorkflowInstanceRow>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRow> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.DefinitionId).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.Property(row => row.Status).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
        builder.Property(row => row.Result).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
        builder.Property(row => row.CorrelationId).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.Property(row => row.InstanceVersion).IsConcurrencyToken();
        builder.HasIndex(row => new { row.DefinitionId, row.DefinitionVersion, row.Status });
        builder.HasIndex(row => row.CorrelationId);
        builder.HasIndex(row => row.ParentInstanceId);
    }
}

internal sealed class WorkflowBookmarkRowConfiguration : IEntityTypeConfiguration<WorkflowBookmarkRow>
{
    public void Configure(EntityTypeBuilder<WorkflowBookmarkRow> builder)
    {
        builder.ToTable("workflow_bookmarks");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.ActivityId).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.Property(row => row.Kind).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
        builder.Property(row => row.Status).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
        builder.Property(row => row.ClosedBy).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.Property(row => row.Decision).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
        builder.HasOne<WorkflowInstanceRow>().WithMany().HasForeignKey(row => row.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(row => new { row.Status, row.Kind, row.DueAt });
        builder.HasIndex(row => new { row.Status, row.CreatedAt });
        builder.HasIndex(row => row.InstanceId);
    }
}

internal sealed class WorkflowJournalRowConfiguration : IEntityTypeConfiguration<WorkflowJournalRow>
{
    public void Configure(EntityTypeBuilder<WorkflowJournalRow> builder)
    {
        builder.ToTable("workflow_journal");
        builder.HasKey(row => row.Position);
        builder.Property(row => row.Position).ValueGeneratedOnAdd();
        builder.Property(row => row.Event).HasMaxLength(WorkflowStorageLimits.MaxCodeLength);
        builder.Property(row => row.ActivityId).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.Property(row => row.ActorId).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.HasIndex(row => row.Id).IsUnique();
        builder.HasIndex(row => new { row.InstanceId, row.Timestamp });
    }
}

internal sealed class WorkflowIdempotencyRowConfiguration : IEntityTypeConfiguration<WorkflowIdempotencyRow>
{
    public void Configure(EntityTypeBuilder<WorkflowIdempotencyRow> builder)
    {
        builder.ToTable("workflow_idempotency");
        builder.HasKey(row => new { row.ActorId, row.Key });
        builder.Property(row => row.ActorId).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
        builder.Property(row => row.Key).HasMaxLength(WorkflowStorageLimits.MaxIdLength);
    }
}
