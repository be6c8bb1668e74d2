using Idocs.Documents.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable(AccountsTables.People);
        builder.HasKey(person => person.Id);
        builder.Property(person => person.Id).ValueGeneratedNever();
        builder.Property(person => person.Iin).HasMaxLength(AccountsTables.IdentifierLength);
        builder.Property(person => person.FullName).HasMaxLength(AccountsTables.NameLength);
        builder.Property(person => person.Email).HasMaxLength(AccountsTables.EmailLength);
        builder.Property(person => person.CreatedAt);
        builder.Property(person => person.LastLoginAt);
        builder.HasIndex(person => person.Iin).IsUnique();
    }
}
