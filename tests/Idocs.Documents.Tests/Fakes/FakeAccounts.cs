using Idocs.Documents.Routes;
using Idocs.Documents.Signing;

namespace Idocs.Documents.Tests.Fakes;

/// <summary>Employees and route turns as the accounts domain and the route engine would report them.</summary>
public sealed class FakeAccounts : IEmployeeFactsPort, IRouteTurnPort
{
    private readonly Dictionary<Guid, EmployeeSigningFacts> _employees = [];
    private readonly HashSet<(Guid DocumentId, Guid EmployeeId, RouteStepKind Step)> _turns = [];

    public void Add(EmployeeSigningFacts employee) => _employees[employee.EmployeeId] = employee;

    public void GiveTurn(Guid documentId, Guid employeeId, RouteStepKind step = RouteStepKind.Sign) => _turns.Add((documentId, employeeId, step));

    public Task<EmployeeSigningFacts?> FindAsync(Guid employeeId, CancellationToken cancellationToken) =>
        Task.FromResult(_employees.GetValueOrDefault(employeeId));

    public Task<bool> IsInTurnAsync(Guid documentId, Guid employeeId, RouteStepKind step, CancellationToken cancellationToken) =>
        Task.FromResult(_turns.Contains((documentId, employeeId, step)));
}
