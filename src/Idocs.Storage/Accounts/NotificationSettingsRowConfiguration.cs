using Idocs.Documents.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

internal sealed class NotificationSettingsRowConfiguration : IEntityTypeConfiguration<NotificationSettingsRow>
{
    public void Configure(EntityTypeBuilder<NotificationSettingsRow> builder)
    {
        builder.ToTable(AccountsTables.NotificationSettings);
        builder.HasKey(row => new { row.ProfileId, row.PersonId });
        builder.Property(row => row.EmailEvents).HasMaxLength(AccountsTables.CommentLength);
        builder.HasOne<Profile>().WithMany().HasForeignKey(row => row.ProfileId).OnDelete(DeleteBehavior.Restrict);
    }
}
