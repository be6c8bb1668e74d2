using Idocs.Documents.Tenancy;
using Idocs.Storage.Accounts;
using Idocs.Storage.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Idocs.Storage.Persistence;

/// <summary>
/// The relational store of the whole platform. Mappings live in <c>IEntityTypeConfiguration</c>
/// classes of this assembly; entities stay free of EF attributes. Every entity type gets a
/// concurrency version (see <see cref="ConcurrencyVersion"/>) and snake_case column names.
/// Rows marked as tenant-owned are filtered by the current profile (see <see cref="TenantQueryFilter"/>).
/// </summary>
public class IdocsDbContext(DbContextOptions<IdocsDbContext> options, ITenantContext? tenantContext = null) : DbContext(options)
{
    /// <summary>
    /// A context without a tenant: tenant-owned queries return no rows. Design-time tools and the
    /// migrations projects use it, so they need no reference to the domain's tenant context.
    /// </summary>
    public IdocsDbContext(DbContextOptions<IdocsDbContext> options)
        : this(options, null)
    {
    }

    /// <summary>
    /// The profile whose rows tenant-owned queries return, read at each query; null (no rows) for a
    /// context created without a tenant context or outside a profile.
    /// </summary>
    public Guid? TenantProfileId => tenantContext?.ProfileId;

    /// <summary>The tenant context this context filters by, or null.</summary>
    public ITenantContext? TenantContext => tenantContext;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDeadLetter> OutboxDeadLetters => Set<OutboxDeadLetter>();

    /// <summary>
    /// The profile the accounts tenant filter matches, read from the request's tenant context at
    /// each query; null outside a profile, which matches no profile-owned row.
    /// </summary>
    public Guid? AccountsTenantProfileId => AccountsTenantFilter.CurrentProfileId(this);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ConcurrencyVersion.Stamp(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ConcurrencyVersion.Stamp(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);

        if (Database.IsSqlite())
        {
            // SQLite has no timestamp type, and EF Core cannot compare or order DateTimeOffset values
            // stored as text there; a 64-bit binary form keeps both working.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdocsDbContext).Assembly);
        AccountsTenantFilter.Apply(modelBuilder, this);
        ConcurrencyVersion.AddToModel(modelBuilder);
        TenantQueryFilter.Apply(modelBuilder, this);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
