using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Designer;

internal sealed class DesignerDraftRowConfiguration : IEntityTypeConfiguration<DesignerDraftRow>
{
    public void Configure(EntityTypeBuilder<DesignerDraftRow> builder)
    {
        builder.ToTable("designer_drafts");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.DefinitionId).HasMaxLength(DesignerStorageLimits.MaxIdLength);
        builder.Property(row => row.UpdatedBy).HasMaxLength(DesignerStorageLimits.MaxIdLength);
        builder.Property(row => row.Revision).IsConcurrencyToken();
        builder.HasIndex(row => new { row.CompanyId, row.Archived, row.UpdatedAt });
    }
}
