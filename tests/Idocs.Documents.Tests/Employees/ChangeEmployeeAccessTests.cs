using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Employees;

public class ChangeEmployeeAccessTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_GrantSignOutgoing_AuthorizerAllowsIt()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);

        var changed = await _harness.ChangeEmployeeAccess.RunAsync(company.Person.Id, employee.Employee.Id, ProfileRole.Employee, ProfileRights.SignOutgoing, CancellationToken.None);

        Assert.True(changed.IsSuccess, changed.Error?.ToString());
        var check = await _harness.Authorizer.RequireRightAsync(employee.PersonId, ProfileRights.SignOutgoing, CancellationToken.None);
        Assert.True(check.IsSuccess, check.Error?.ToString());
    }

    [Fact]
    public async Task RunAsync_DirectorTarget_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var admin = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Admin);

        var changed = await _harness.ChangeEmployeeAccess.RunAsync(admin.PersonId, company.Head.Id, ProfileRole.Employee, ProfileRights.None, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.DirectorRoleNotAssignable, changed.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_DirectorRole_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);

        var changed = await _harness.ChangeEmployeeAccess.RunAsync(company.Person.Id, employee.Employee.Id, ProfileRole.Director, ProfileRights.None, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.DirectorRoleNotAssignable, changed.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_ByEmployee_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        var other = await _harness.AddEmployeeAsync(company.Person.Id);

        var changed = await _harness.ChangeEmployeeAccess.RunAsync(employee.PersonId, other.Employee.Id, ProfileRole.Admin, ProfileRights.None, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.RightMissing, changed.Error?.Code);
    }
}
