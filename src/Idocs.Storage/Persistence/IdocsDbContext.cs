using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Persistence;

/// <summary>
/// The relational store of the whole platform. Mappings live in <c>IEntityTypeConfiguration</c>
/// classes next to this one; entities stay free of EF attributes.
/// </summary>
public class IdocsDbContext(DbContextOptions<IdocsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdocsDbContext).Assembly);
    }
}
