using Idocs.PrintForms.Archives.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Exports;

public sealed class CompanyExportConfiguration : IEntityTypeConfiguration<CompanyExport>
{
    public const string TableName = "company_exports";
    public const int MaxErrorLength = 4000;

    public void Configure(EntityTypeBuilder<CompanyExport> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.ToTable(TableName);
        builder.HasKey(export => export.Id);
        builder.Property(export => export.Id).ValueGeneratedNever();
        builder.Property(export => export.ArchiveSha256).HasMaxLength(64);
        builder.Property(export => export.Error).HasMaxLength(MaxErrorLength);

        // Workers claim the oldest queued export; users list their profile's exports.
        builder.HasIndex(export => new { export.Status, export.RequestedAt });
        builder.HasIndex(export => export.OwnerProfileId);
    }
}
