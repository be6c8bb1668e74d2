using Idocs.Documents.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

/// <summary>Profiles are the tenants themselves, so their table has no tenant filter.</summary>
internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> builder)
    {
        builder.ToTable(AccountsTables.Profiles);
        builder.HasKey(profile => profile.Id);
        builder.Property(profile => profile.Id).ValueGeneratedNever();
        builder.Property(profile => profile.Kind);
        builder.Property(profile => profile.IdentificationNumber).HasMaxLength(AccountsTables.IdentifierLength);
        builder.Property(profile => profile.Name).HasMaxLength(AccountsTables.NameLength);
        builder.Property(profile => profile.Email).HasMaxLength(AccountsTables.EmailLength);
        builder.Property(profile => profile.RegisteredAt);

        // One profile per BIN or IIN.
        builder.HasIndex(profile => profile.IdentificationNumber).IsUnique();
    }
}
