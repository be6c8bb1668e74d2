using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    /// <summary>The partial index that allows one head (Director or Owner) per profile.</summary>
    public const string OneHeadIndex = "ux_employees_profile_id_head";

    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable(AccountsTables.Employees);
        builder.HasKey(employee => employee.Id);
        builder.Property(employee => employee.Id).ValueGeneratedNever();
        builder.Property(employee => employee.ProfileId);
        builder.Property(employee => employee.Iin).HasMaxLength(AccountsTables.IdentifierLength);
        builder.Property(employee => employee.PersonId);
        builder.Property(employee => employee.FullName).HasMaxLength(AccountsTables.NameLength);
        builder.Property(employee => employee.Email).HasMaxLength(AccountsTables.EmailLength);
        builder.Property(employee => employee.Role);
        builder.Property(employee => employee.GrantedRights).HasMaxLength(AccountsTables.NameLength);
        builder.Property(employee => employee.Status);
        builder.Property(employee => employee.InvitedAt);
        builder.Property(employee => employee.JoinedAt);
        builder.Property(employee => employee.BlockedAt);
        builder.Ignore(employee => employee.EffectiveRights);
        builder.Ignore(employee => employee.IsHead);

        builder.HasOne<Profile>().WithMany().HasForeignKey(employee => employee.ProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(employee => new { employee.ProfileId, employee.Iin }).IsUnique();
        builder.HasIndex(employee => employee.ProfileId)
            .HasDatabaseName(OneHeadIndex)
            .IsUnique()
            .HasFilter($"role IN ('{ProfileRole.Director}', '{ProfileRole.Owner}')");
        builder.HasIndex(employee => employee.PersonId);
        builder.HasIndex(employee => employee.Iin);
    }
}
