using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable(AccountsTables.Sessions);
        builder.HasKey(session => session.Id);
        builder.Property(session => session.Id).ValueGeneratedNever();
        builder.Property(session => session.TokenHash).HasMaxLength(AccountsTables.HashLength);
        builder.Property(session => session.PersonId);
        builder.Property(session => session.Origin).HasMaxLength(AccountsTables.BindingLength);
        builder.Property(session => session.CreatedAt);
        builder.Property(session => session.ExpiresAt);
        builder.Property(session => session.ProfileId);
        builder.Property(session => session.EmployeeId);
        builder.Property(session => session.RevokedAt);
        builder.Property(session => session.RevocationReason);

        builder.HasOne<Person>().WithMany().HasForeignKey(session => session.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(session => session.TokenHash).IsUnique();
        builder.HasIndex(session => session.EmployeeId);
    }
}
