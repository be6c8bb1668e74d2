using Idocs.Documents.Audit;
using Idocs.Documents.Employees;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Employees;

public class BlockEmployeeTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_ByDirector_BlocksAndAudits()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);

        var blocked = await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        Assert.Equal(EmployeeStatus.Blocked, blocked.Value?.Status);
        Assert.Contains(_harness.AuditLog.All, auditEvent => auditEvent.Type == AuditEventType.EmployeeBlocked && auditEvent.SubjectId == employee.Employee.Id);
    }

    [Fact]
    public async Task RunAsync_Blocked_AuthorizerRejectsTheEmployee()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id, rights: ProfileRights.SignOutgoing);

        await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        var check = await _harness.Authorizer.RequireRightAsync(employee.PersonId, ProfileRights.SignOutgoing, CancellationToken.None);
        Assert.Equal(AccountsErrorCodes.EmployeeBlocked, check.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_Director_RejectedAsCannotBlockDirector()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var admin = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Admin);

        var blocked = await _harness.BlockEmployee.RunAsync(admin.PersonId, company.Head.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.CannotBlockDirector, blocked.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_Self_RejectedAsCannotBlockSelf()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var admin = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Admin);

        var blocked = await _harness.BlockEmployee.RunAsync(admin.PersonId, admin.Employee.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.CannotBlockSelf, blocked.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_ModeratorBlockingAdmin_RejectedAsOutranked()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var admin = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Admin);
        var moderator = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Moderator);

        var blocked = await _harness.BlockEmployee.RunAsync(moderator.PersonId, admin.Employee.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.ActorOutranked, blocked.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_AlreadyBlocked_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        var again = await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.EmployeeAlreadyBlocked, again.Error?.Code);
    }

    [Fact]
    public async Task UnblockEmployee_Blocked_CanLogIn()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        var unblocked = await _harness.UnblockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        Assert.Equal(EmployeeStatus.Active, unblocked.Value?.Status);
        var login = await _harness.TryLoginAsync(employee.Certificate);
        Assert.True(login.IsSuccess, login.Error?.ToString());
        Assert.Contains(_harness.AuditLog.All, auditEvent => auditEvent.Type == AuditEventType.EmployeeUnblocked);
    }

    [Fact]
    public async Task UnblockEmployee_NotBlocked_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);

        var unblocked = await _harness.UnblockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.EmployeeNotBlocked, unblocked.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_StaleCopy_RejectedAsConcurrencyConflict()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        var first = await _harness.Employees.FindAsync(employee.Employee.Id, CancellationToken.None);
        var second = await _harness.Employees.FindAsync(employee.Employee.Id, CancellationToken.None);
        first!.Block(_harness.Clock.GetUtcNow());
        await _harness.Employees.TrySaveAsync(first, CancellationToken.None);

        second!.ChangeAccess(ProfileRole.Admin, ProfileRights.None);
        var saved = await _harness.Employees.TrySaveAsync(second, CancellationToken.None);

        Assert.False(saved);
    }
}
