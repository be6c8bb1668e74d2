using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Documents;

internal sealed class DeletionRequestRowConfiguration : IEntityTypeConfiguration<DeletionRequestRow>
{
    public const int MaxReasonLength = 2000;

    public const int MaxCommentLength = 2000;

    public void Configure(EntityTypeBuilder<DeletionRequestRow> builder)
    {
        builder.ToTable("deletion_requests");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.IsTenantOwned(row => row.OwnerProfileId);
        builder.Property(row => row.Reason).HasMaxLength(MaxReasonLength);
        builder.Property(row => row.SupportingFileSha256).HasMaxLength(64);
        builder.Property(row => row.Status).HasMaxLength(16);
        builder.Property(row => row.SupportComment).HasMaxLength(MaxCommentLength);
        builder.HasOne<DocumentRow>().WithMany().HasForeignKey(row => row.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(row => new { row.OwnerProfileId, row.DocumentId });
        builder.HasIndex(row => new { row.Status, row.RequestedAt });
    }
}
