using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Templates;

internal sealed class DocumentTemplateRowConfiguration : IEntityTypeConfiguration<DocumentTemplateRow>
{
    public const int MaxNameLength = 200;
    public const int MaxLayoutLength = 32;
    public const int MaxDefinitionIdLength = 100;

    public void Configure(EntityTypeBuilder<DocumentTemplateRow> builder)
    {
        builder.ToTable("document_templates");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.Property(row => row.Name).HasMaxLength(MaxNameLength);
        builder.Property(row => row.Layout).HasMaxLength(MaxLayoutLength);
        builder.Property(row => row.DefinitionId).HasMaxLength(MaxDefinitionIdLength);
        builder.HasIndex(row => new { row.CompanyId, row.Name });
    }
}
