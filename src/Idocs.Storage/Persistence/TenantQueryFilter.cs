using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Idocs.Storage.Persistence;

/// <summary>
/// The global query filter for rows owned by one profile (tenant). A configuration marks its row
/// type with <see cref="IsTenantOwned{TEntity}"/>; <see cref="IdocsDbContext"/> then filters every
/// query of that type by <see cref="IdocsDbContext.TenantProfileId"/>, so a context without a
/// current profile reads no tenant-owned rows at all.
/// </summary>
/// <remarks>
/// The filter is named <see cref="FilterName"/>. A query that must cross profiles on purpose (for
/// example finding the owner of a document opened by link) says so with
/// <c>IgnoreQueryFilters([TenantQueryFilter.FilterName])</c>. Writes are not filtered: stores check
/// the owner of what they write themselves.
/// </remarks>
public static class TenantQueryFilter
{
    /// <summary>The name of the filter, for <c>IgnoreQueryFilters</c>.</summary>
    public const string FilterName = "tenant";

    private const string OwnerPropertyAnnotation = "Idocs:TenantOwnerProperty";

    /// <summary>Marks the row type as owned by the profile whose id is in <paramref name="ownerProfileId"/>.</summary>
    public static EntityTypeBuilder<TEntity> IsTenantOwned<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, Guid>> ownerProfileId)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(ownerProfileId);

        if (ownerProfileId.Body is not MemberExpression { Member.Name: var propertyName })
        {
            throw new ArgumentException("Pass a property access such as row => row.OwnerProfileId.", nameof(ownerProfileId));
        }

        builder.HasAnnotation(OwnerPropertyAnnotation, propertyName);
        return builder;
    }

    /// <summary>Whether the entity type was marked with <see cref="IsTenantOwned{TEntity}"/>.</summary>
    public static bool IsTenantOwned(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.FindAnnotation(OwnerPropertyAnnotation) is not null;
    }

    /// <summary>
    /// Adds the filter <c>row.Owner == context.TenantProfileId</c> to every marked entity type.
    /// The expression refers to <paramref name="context"/> itself, which EF Core replaces with the
    /// context that runs the query, so each context filters by its own tenant.
    /// </summary>
    public static void Apply(ModelBuilder modelBuilder, IdocsDbContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(context);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (entityType.FindAnnotation(OwnerPropertyAnnotation)?.Value is not string propertyName)
            {
                continue;
            }

            var row = Expression.Parameter(entityType.ClrType, "row");
            var owner = Expression.Convert(Expression.Property(row, propertyName), typeof(Guid?));
            var tenant = Expression.Property(Expression.Constant(context), nameof(IdocsDbContext.TenantProfileId));
            var body = Expression.AndAlso(
                Expression.NotEqual(tenant, Expression.Constant(null, typeof(Guid?))),
                Expression.Equal(owner, tenant));
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(FilterName, Expression.Lambda(body, row));
        }
    }
}
