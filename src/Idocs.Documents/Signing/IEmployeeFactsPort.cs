namespace Idocs.Documents.Signing;

/// <summary>Reads an active employee's signing facts; the accounts domain implements it.</summary>
public interface IEmployeeFactsPort
{
    /// <summary>Returns null when the employee does not exist or is blocked.</summary>
    Task<EmployeeSigningFacts?> FindAsync(Guid employeeId, CancellationToken cancellationToken);
}
