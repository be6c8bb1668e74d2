using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Persistence;

/// <summary>
/// Optimistic concurrency for every aggregate: a shadow <c>version</c> column that each save
/// increments and checks, so an update based on a stale read fails instead of overwriting.
/// </summary>
/// <remarks>
/// A counter column rather than PostgreSQL's <c>xmin</c> works the same on SQLite. Set-based
/// updates (<c>ExecuteUpdate</c>) bypass the change tracker and must increment the column themselves.
/// NOTE: every entity type with a key gets its own version, child entities included, so a change
/// that touches only a child does not change its aggregate root's version.
/// </remarks>
public static class ConcurrencyVersion
{
    public const string PropertyName = "Version";

    private const string ExcludedAnnotation = "Idocs:NoConcurrencyVersion";

    /// <summary>Leaves the entity type without a version column, for rows that are never updated.</summary>
    public static EntityTypeBuilder<TEntity> HasNoConcurrencyVersion<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasAnnotation(ExcludedAnnotation, true);
        return builder;
    }

    /// <summary>Adds the version property to every entity type that has a table, a key and no opt-out.</summary>
    public static void AddToModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        var entityTypes = modelBuilder.Model.GetEntityTypes()
            .Where(type => !type.IsOwned() && type.FindPrimaryKey() is not null && type.BaseType is null)
            .Where(type => type.FindAnnotation(ExcludedAnnotation) is null)
            .ToList();

        foreach (var entityType in entityTypes)
        {
            modelBuilder.Entity(entityType.ClrType)
                .Property<long>(PropertyName)
                .IsConcurrencyToken();
        }
    }

    /// <summary>Whether the entity type has a version column.</summary>
    public static bool IsVersioned(IReadOnlyEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.GetRootType().FindProperty(PropertyName) is { IsConcurrencyToken: true };
    }

    /// <summary>
    /// Sets the version of added entities to 1 and increments it on modified ones, before a save.
    /// </summary>
    public static void Stamp(ChangeTracker changeTracker)
    {
        ArgumentNullException.ThrowIfNull(changeTracker);

        foreach (var entry in changeTracker.Entries())
        {
            if (!IsVersioned(entry.Metadata))
            {
                continue;
            }

            var version = entry.Property(PropertyName);
            if (entry.State == EntityState.Added)
            {
                version.CurrentValue = 1L;
            }
            else if (entry.State == EntityState.Modified)
            {
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
        }
    }
}
