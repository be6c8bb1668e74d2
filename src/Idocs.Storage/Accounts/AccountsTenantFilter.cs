using System.Linq.Expressions;
using Idocs.Documents.Audit;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Employees;
using Idocs.Documents.Tenancy;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Idocs.Storage.Accounts;

/// <summary>
/// The EF Core global query filter of the profile-owned accounts tables: a query sees only rows of
/// the current profile of <see cref="ITenantContext"/>, and outside a profile it sees none. Stores
/// bypass it only in the methods named "AcrossProfiles" or "ForSupport".
/// </summary>
public static class AccountsTenantFilter
{
    /// <summary>The name of the filter, for <c>IgnoreQueryFilters([Name])</c>.</summary>
    public const string Name = "AccountsTenant";

    internal static void Apply(ModelBuilder modelBuilder, IdocsDbContext context)
    {
        AddFilter<Employee>(modelBuilder, employee => employee.ProfileId == context.AccountsTenantProfileId);
        AddFilter<DirectorChangeRequest>(modelBuilder, request => request.ProfileId == context.AccountsTenantProfileId);
        AddFilter<AuditEvent>(modelBuilder, auditEvent => auditEvent.ProfileId == context.AccountsTenantProfileId);
        AddFilter<NotificationSettingsRow>(modelBuilder, row => row.ProfileId == context.AccountsTenantProfileId);
        AddFilter<AppointmentOrderFileRow>(modelBuilder, row => row.ProfileId == context.AccountsTenantProfileId);
    }

    /// <summary>
    /// Returns the profile of the request scope the context was created in, or null when the context
    /// has no application services (design time, tools) or no tenant context is registered.
    /// </summary>
    internal static Guid? CurrentProfileId(DbContext context)
    {
        var services = context.GetService<IDbContextOptions>()
            .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?
            .ApplicationServiceProvider;
        return (services?.GetService(typeof(ITenantContext)) as ITenantContext)?.ProfileId;
    }

    private static void AddFilter<TEntity>(ModelBuilder modelBuilder, Expression<Func<TEntity, bool>> filter)
        where TEntity : class =>
        modelBuilder.Entity<TEntity>().HasQueryFilter(Name, filter);
}
