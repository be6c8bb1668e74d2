using Idocs.Documents.Employees;
using Idocs.Documents.Tenancy;

namespace Idocs.Documents.Tests.Fakes;

public sealed class InMemoryEmployeeStore(ITenantContext tenant) : IEmployeeStore
{
    private readonly InMemoryTable<Guid, Employee> _table = new(
        employee => employee.Id,
        employee => employee.Copy(),
        new UniqueIndex<Employee>(employee => (employee.ProfileId, employee.Iin)),
        new UniqueIndex<Employee>(employee => employee.ProfileId, employee => employee.IsHead));

    public Task<bool> TryAddAsync(Employee employee, CancellationToken cancellationToken)
    {
        TenantFilter.EnsureWritable(tenant, employee.ProfileId);
        return Task.FromResult(_table.TryAdd(employee));
    }

    public Task<bool> TrySaveAsync(Employee employee, CancellationToken cancellationToken)
    {
        TenantFilter.EnsureWritable(tenant, employee.ProfileId);
        return Task.FromResult(_table.TrySave(employee));
    }

    public Task<Employee?> FindAsync(Guid employeeId, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Find(employeeId, Visible));

    public Task<Employee?> FindByIinAsync(string iin, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Where(employee => Visible(employee) && employee.Iin == iin).SingleOrDefault());

    public Task<Employee?> FindHeadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_table.Where(employee => Visible(employee) && employee.IsHead).SingleOrDefault());

    public Task<IReadOnlyList<Employee>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Employee>>(_table.Where(Visible));

    public Task<Employee?> FindForPersonAcrossProfilesAsync(Guid personId, Guid profileId, CancellationToken cancellationToken) =>
        Task.FromResult(_table.Where(employee => employee.PersonId == personId && employee.ProfileId == profileId).SingleOrDefault());

    public Task<IReadOnlyList<Employee>> ListForPersonAcrossProfilesAsync(Guid personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Employee>>(_table.Where(employee => employee.PersonId == personId));

    public Task<IReadOnlyList<Employee>> ListByIinAcrossProfilesAsync(string iin, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Employee>>(_table.Where(employee => employee.Iin == iin));

    private bool Visible(Employee employee) => TenantFilter.Visible(tenant, employee.ProfileId);
}
