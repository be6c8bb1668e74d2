using Idocs.Documents.Audit;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Employees;

public class InviteEmployeeTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_ByDirector_CreatesInvitationAndEvent()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var iin = _harness.NextIin();

        var invited = await InviteAsync(company.Person.Id, iin, ProfileRole.Employee, ProfileRights.SignOutgoing);

        Assert.True(invited.IsSuccess, invited.Error?.ToString());
        Assert.Equal(EmployeeStatus.Invited, invited.Value.Status);
        Assert.Equal(ProfileRights.SignOutgoing, invited.Value.GrantedRights);
        var published = Assert.IsType<EmployeeInvited>(_harness.Outbox.Events[^1]);
        Assert.Equal("new@example.kz", published.Email);
        Assert.Contains(_harness.AuditLog.All, auditEvent => auditEvent.Type == AuditEventType.EmployeeInvited && auditEvent.SubjectId == invited.Value.Id);
    }

    [Theory]
    [InlineData(ProfileRole.Admin)]
    [InlineData(ProfileRole.Moderator)]
    public async Task RunAsync_ByAdminOrModerator_Allowed(ProfileRole inviterRole)
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var inviter = await _harness.AddEmployeeAsync(company.Person.Id, inviterRole);

        var invited = await InviteAsync(inviter.PersonId, _harness.NextIin(), ProfileRole.Employee, ProfileRights.None);

        Assert.True(invited.IsSuccess, invited.Error?.ToString());
    }

    [Fact]
    public async Task RunAsync_ByEmployee_RejectedAsRightMissing()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id, rights: ProfileRights.SignOutgoing | ProfileRights.SignIncoming);

        var invited = await InviteAsync(employee.PersonId, _harness.NextIin(), ProfileRole.Employee, ProfileRights.None);

        Assert.Equal(AccountsErrorCodes.RightMissing, invited.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_SameIinTwice_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var iin = _harness.NextIin();
        await InviteAsync(company.Person.Id, iin, ProfileRole.Employee, ProfileRights.None);

        var second = await InviteAsync(company.Person.Id, iin, ProfileRole.Employee, ProfileRights.None);

        Assert.Equal(AccountsErrorCodes.EmployeeAlreadyInvited, second.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_DirectorRole_RejectedAsNotAssignable()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var invited = await InviteAsync(company.Person.Id, _harness.NextIin(), ProfileRole.Director, ProfileRights.None);

        Assert.Equal(AccountsErrorCodes.DirectorRoleNotAssignable, invited.Error?.Code);
    }

    [Theory]
    [InlineData(ProfileRights.ManageEmployees)]
    [InlineData(ProfileRights.Billing)]
    public async Task RunAsync_RoleOnlyRight_RejectedAsNotGrantable(ProfileRights right)
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var invited = await InviteAsync(company.Person.Id, _harness.NextIin(), ProfileRole.Employee, right);

        Assert.Equal(AccountsErrorCodes.RightNotGrantable, invited.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_ModeratorInvitingAdmin_RejectedAsOutranked()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var moderator = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Moderator);

        var invited = await InviteAsync(moderator.PersonId, _harness.NextIin(), ProfileRole.Admin, ProfileRights.None);

        Assert.Equal(AccountsErrorCodes.ActorOutranked, invited.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_IndividualProfile_RejectedAsNoEmployees()
    {
        var owner = _harness.Pki.IssueIndividual(_harness.NextIin());
        var registered = await _harness.RegisterAsync(owner, ProfileKind.Individual);
        _harness.ActIn(registered.Profile.Id);

        var invited = await InviteAsync(registered.Person.Id, _harness.NextIin(), ProfileRole.Employee, ProfileRights.None);

        Assert.Equal(AccountsErrorCodes.ProfileHasNoEmployees, invited.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_SoleProprietor_MayInvite()
    {
        var owner = _harness.Pki.IssueIndividual(_harness.NextIin());
        var registered = await _harness.RegisterAsync(owner, ProfileKind.SoleProprietor);
        _harness.ActIn(registered.Profile.Id);

        var invited = await InviteAsync(registered.Person.Id, _harness.NextIin(), ProfileRole.Employee, ProfileRights.CreateDocuments);

        Assert.True(invited.IsSuccess, invited.Error?.ToString());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("123456789012")]
    public async Task RunAsync_InvalidIin_Rejected(string iin)
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var invited = await InviteAsync(company.Person.Id, iin, ProfileRole.Employee, ProfileRights.None);

        Assert.Equal(AccountsErrorCodes.InvalidIdentificationNumber, invited.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_InvalidEmail_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var invited = await _harness.InviteEmployee.RunAsync(
            company.Person.Id,
            new InvitationRequest(_harness.NextIin(), "no-at-sign", "Name", ProfileRole.Employee, ProfileRights.None),
            CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.InvalidEmail, invited.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_NoProfileSelected_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        _harness.ActIn(null);

        var invited = await InviteAsync(company.Person.Id, _harness.NextIin(), ProfileRole.Employee, ProfileRights.None);

        Assert.Equal(AccountsErrorCodes.NoProfileSelected, invited.Error?.Code);
    }

    private Task<Common.Results.Result<Employee>> InviteAsync(Guid inviterPersonId, string iin, ProfileRole role, ProfileRights rights) =>
        _harness.InviteEmployee.RunAsync(
            inviterPersonId,
            new InvitationRequest(iin, "new@example.kz", "New Employee", role, rights),
            CancellationToken.None);
}
