using Idocs.Documents.Audit;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Accounts;

/// <summary>
/// The order file and the filer are JSON columns rather than owned types, because the request's
/// constructor takes them and EF Core binds constructor parameters only to scalar properties.
/// </summary>
internal sealed class DirectorChangeRequestConfiguration : IEntityTypeConfiguration<DirectorChangeRequest>
{
    /// <summary>The partial index that allows one pending request per profile.</summary>
    public const string OnePendingIndex = "ux_director_change_requests_profile_id_pending";

    public void Configure(EntityTypeBuilder<DirectorChangeRequest> builder)
    {
        builder.ToTable(AccountsTables.DirectorChangeRequests);
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.Property(request => request.ProfileId);
        builder.Property(request => request.FutureDirectorIin).HasMaxLength(AccountsTables.IdentifierLength);
        builder.Property(request => request.FutureDirectorFullName).HasMaxLength(AccountsTables.NameLength);
        builder.Property(request => request.FutureDirectorEmail).HasMaxLength(AccountsTables.EmailLength);
        builder.Property(request => request.OrderNumber).HasMaxLength(AccountsTables.NameLength);
        builder.Property(request => request.OrderDate);
        builder.Property(request => request.OrderFile)
            .HasConversion(file => AccountsJson.Serialize(file), json => AccountsJson.Deserialize<AppointmentOrderFile>(json))
            .HasMaxLength(AccountsTables.JsonLength);
        builder.Property(request => request.FiledBy)
            .HasConversion(actor => AccountsJson.Serialize(actor), json => AccountsJson.Deserialize<AuditActor>(json))
            .HasMaxLength(AccountsTables.JsonLength);
        builder.Property(request => request.FiledAt);
        builder.Property(request => request.Status);
        builder.Property(request => request.ReviewedBySupportAgentId);
        builder.Property(request => request.ReviewedAt);
        builder.Property(request => request.ReviewComment).HasMaxLength(AccountsTables.CommentLength);

        builder.HasOne<Profile>().WithMany().HasForeignKey(request => request.ProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(request => request.ProfileId)
            .HasDatabaseName(OnePendingIndex)
            .IsUnique()
            .HasFilter($"status = '{DirectorChangeStatus.Pending}'");
        builder.HasIndex(request => new { request.Status, request.FiledAt });
    }
}
