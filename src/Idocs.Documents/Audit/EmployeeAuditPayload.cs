using Idocs.Documents.Employees;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Audit;

/// <summary>Details of the employee events: the employee's state after the change.</summary>
public sealed record EmployeeAuditPayload(Guid EmployeeId, string Iin, string FullName, ProfileRole Role, ProfileRights GrantedRights, EmployeeStatus Status) : AuditPayload
{
    public static EmployeeAuditPayload Of(Employee employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        return new EmployeeAuditPayload(employee.Id, employee.Iin, employee.FullName, employee.Role, employee.GrantedRights, employee.Status);
    }
}
