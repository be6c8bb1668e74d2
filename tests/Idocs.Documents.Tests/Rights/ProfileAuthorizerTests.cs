using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Rights;

public class ProfileAuthorizerTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RequireRightAsync_EmployeeWithoutSignOutgoing_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id, rights: ProfileRights.SignIncoming | ProfileRights.InternalDocuments);

        var check = await _harness.Authorizer.RequireRightAsync(employee.PersonId, ProfileRights.SignOutgoing, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.RightMissing, check.Error?.Code);
        Assert.Contains(nameof(ProfileRights.SignOutgoing), check.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequireRightAsync_EmployeeWithGrantedRight_Allowed()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id, rights: ProfileRights.SignOutgoing);

        var check = await _harness.Authorizer.RequireRightAsync(employee.PersonId, ProfileRights.SignOutgoing, CancellationToken.None);

        Assert.True(check.IsSuccess, check.Error?.ToString());
    }

    [Theory]
    [InlineData(ProfileRole.Admin, ProfileRights.ManageEmployees, true)]
    [InlineData(ProfileRole.Admin, ProfileRights.Billing, true)]
    [InlineData(ProfileRole.Admin, ProfileRights.SignOutgoing, false)]
    [InlineData(ProfileRole.Moderator, ProfileRights.Billing, true)]
    [InlineData(ProfileRole.Moderator, ProfileRights.ManageTemplatesAndRoutes, false)]
    [InlineData(ProfileRole.Employee, ProfileRights.Billing, false)]
    public async Task RequireRightAsync_RoleRights_FollowPolicy(ProfileRole role, ProfileRights right, bool allowed)
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id, role);

        var check = await _harness.Authorizer.RequireRightAsync(employee.PersonId, right, CancellationToken.None);

        Assert.Equal(allowed, check.IsSuccess);
    }

    [Fact]
    public async Task RequireRightAsync_Director_HasEveryRight()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        foreach (var right in RolePolicy.Split(ProfileRights.All))
        {
            var check = await _harness.Authorizer.RequireRightAsync(company.Person.Id, right, CancellationToken.None);

            Assert.True(check.IsSuccess, $"{right}: {check.Error}");
        }
    }

    [Fact]
    public async Task RequireRightAsync_ForeignPerson_Rejected()
    {
        var (first, _) = await _harness.RegisterCompanyAsync();
        await _harness.RegisterCompanyAsync();

        var check = await _harness.Authorizer.RequireRightAsync(first.Person.Id, ProfileRights.CreateDocuments, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.NotActiveMember, check.Error?.Code);
    }

    [Fact]
    public async Task RequireRightAsync_NotJoined_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var iin = _harness.NextIin();
        await _harness.InviteEmployee.RunAsync(
            company.Person.Id,
            new Idocs.Documents.Employees.InvitationRequest(iin, "x@example.kz", "X", ProfileRole.Employee, ProfileRights.SignOutgoing),
            CancellationToken.None);

        var check = await _harness.Authorizer.RequireRightAsync(Guid.NewGuid(), ProfileRights.SignOutgoing, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.NotActiveMember, check.Error?.Code);
    }

    [Fact]
    public async Task RequireRoleAsync_WrongRole_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var admin = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Admin);

        var check = await _harness.Authorizer.RequireRoleAsync(admin.PersonId, [ProfileRole.Director], "approve", CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.RoleRequired, check.Error?.Code);
    }
}
