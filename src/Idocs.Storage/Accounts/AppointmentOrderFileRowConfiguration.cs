using Idocs.Documents.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

internal sealed class AppointmentOrderFileRowConfiguration : IEntityTypeConfiguration<AppointmentOrderFileRow>
{
    public void Configure(EntityTypeBuilder<AppointmentOrderFileRow> builder)
    {
        builder.ToTable(AccountsTables.AppointmentOrderFiles);
        builder.HasKey(row => row.FileId);
        builder.Property(row => row.FileId).ValueGeneratedNever();
        builder.Property(row => row.Sha256).HasMaxLength(AccountsTables.HashLength);
        builder.HasOne<Profile>().WithMany().HasForeignKey(row => row.ProfileId).OnDelete(DeleteBehavior.Restrict);
    }
}
