using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Designer;

internal sealed class DesignedDefinitionRowConfiguration : IEntityTypeConfiguration<DesignedDefinitionRow>
{
    public void Configure(EntityTypeBuilder<DesignedDefinitionRow> builder)
    {
        builder.ToTable("designer_definitions");
        builder.HasKey(row => row.DefinitionId);
        builder.Property(row => row.DefinitionId).HasMaxLength(DesignerStorageLimits.MaxIdLength);
        builder.HasIndex(row => row.CompanyId);
    }
}
