using Idocs.Documents.Documents;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Documents;

internal sealed class PackageRowConfiguration : IEntityTypeConfiguration<PackageRow>
{
    public void Configure(EntityTypeBuilder<PackageRow> builder)
    {
        builder.ToTable("packages");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).ValueGeneratedNever();
        builder.IsTenantOwned(row => row.OwnerProfileId);
        builder.Property(row => row.Title).HasMaxLength(Document.MaxTitleLength);
        builder.HasIndex(row => new { row.OwnerProfileId, row.CreatedAt });
    }
}
