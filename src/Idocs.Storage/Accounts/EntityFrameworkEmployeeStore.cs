using Idocs.Documents.Employees;
using Idocs.Documents.Rights;
using Idocs.Storage.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Idocs.Storage.Accounts;

/// <summary>
/// Employees of the current profile through the tenant filter; the "AcrossProfiles" methods lift
/// the filter for login, profile choice and session validation.
/// </summary>
public sealed class EntityFrameworkEmployeeStore(IdocsDbContext dbContext) : IEmployeeStore
{
    private IQueryable<Employee> AcrossProfiles => dbContext.Set<Employee>().IgnoreQueryFilters([AccountsTenantFilter.Name]);

    public Task<bool> TryAddAsync(Employee employee, CancellationToken cancellationToken) =>
        AccountsSaves.TryAddAsync(dbContext, employee, cancellationToken);

    public Task<bool> TrySaveAsync(Employee employee, CancellationToken cancellationToken) =>
        AccountsSaves.TryUpdateAsync(dbContext, employee, cancellationToken);

    public Task<Employee?> FindAsync(Guid employeeId, CancellationToken cancellationToken) =>
        dbContext.Set<Employee>().FirstOrDefaultAsync(employee => employee.Id == employeeId, cancellationToken);

    public Task<Employee?> FindByIinAsync(string iin, CancellationToken cancellationToken) =>
        dbContext.Set<Employee>().FirstOrDefaultAsync(employee => employee.Iin == iin, cancellationToken);

    public Task<Employee?> FindHeadAsync(CancellationToken cancellationToken) =>
        dbContext.Set<Employee>()
            .FirstOrDefaultAsync(employee => employee.Role == ProfileRole.Director || employee.Role == ProfileRole.Owner, cancellationToken);

    public async Task<IReadOnlyList<Employee>> ListAsync(CancellationToken cancellationToken) =>
        await dbContext.Set<Employee>().OrderBy(employee => employee.FullName).ThenBy(employee => employee.Id).ToListAsync(cancellationToken);

    public Task<Employee?> FindForPersonAcrossProfilesAsync(Guid personId, Guid profileId, CancellationToken cancellationToken) =>
        AcrossProfiles.FirstOrDefaultAsync(employee => employee.PersonId == personId && employee.ProfileId == profileId, cancellationToken);

    public async Task<IReadOnlyList<Employee>> ListForPersonAcrossProfilesAsync(Guid personId, CancellationToken cancellationToken) =>
        await AcrossProfiles.Where(employee => employee.PersonId == personId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Employee>> ListByIinAcrossProfilesAsync(string iin, CancellationToken cancellationToken) =>
        await AcrossProfiles.Where(employee => employee.Iin == iin).ToListAsync(cancellationToken);
}
