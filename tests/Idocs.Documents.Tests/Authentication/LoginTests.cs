using Idocs.Documents.Audit;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Authentication;

public class LoginTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_OneProfile_Selected()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var registered = await _harness.RegisterAsync(certificate, ProfileKind.Individual);

        var login = await _harness.LoginAsync(certificate);

        var choice = Assert.Single(login.Profiles);
        Assert.Equal(registered.Profile.Id, choice.ProfileId);
        Assert.Equal(registered.Profile.Id, login.Session.Session.ProfileId);
        Assert.Equal(registered.Person.Id, login.PersonId);
    }

    [Fact]
    public async Task RunAsync_TwoProfiles_ChooseAfterLogin()
    {
        var (first, firstDirector) = await _harness.RegisterCompanyAsync();
        var (second, secondDirector) = await _harness.RegisterCompanyAsync();
        var accountant = _harness.Pki.IssueIndividual(_harness.NextIin());
        await InviteAsync(first.Profile.Id, first.Person.Id, accountant.Iin);
        await InviteAsync(second.Profile.Id, second.Person.Id, accountant.Iin);

        var login = await _harness.LoginAsync(accountant);

        Assert.Equal(2, login.Profiles.Count);
        Assert.Null(login.Session.Session.ProfileId);
        var selected = await _harness.SelectProfile.RunAsync(login.Session.Token, second.Profile.Id, CancellationToken.None);
        Assert.True(selected.IsSuccess, selected.Error?.ToString());
        var principal = await _harness.SessionValidator.ValidateAsync(login.Session.Token, CancellationToken.None);
        Assert.Equal(second.Profile.Id, principal.Value?.ProfileId);
        Assert.NotEqual(firstDirector.Iin, secondDirector.Iin);
    }

    [Fact]
    public async Task SelectProfile_ForeignProfile_Rejected()
    {
        var (other, _) = await _harness.RegisterCompanyAsync();
        var person = _harness.Pki.IssueIndividual(_harness.NextIin());
        await _harness.RegisterAsync(person, ProfileKind.Individual);
        var login = await _harness.LoginAsync(person);

        var selected = await _harness.SelectProfile.RunAsync(login.Session.Token, other.Profile.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.ProfileNotAvailable, selected.Error?.Code);
    }

    [Fact]
    public async Task SelectProfile_BlockedThere_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        var own = await _harness.RegisterAsync(employee.Certificate, ProfileKind.Individual);
        _harness.ActIn(company.Profile.Id);
        await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);
        var login = await _harness.LoginAsync(employee.Certificate);

        var selected = await _harness.SelectProfile.RunAsync(login.Session.Token, company.Profile.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.ProfileNotAvailable, selected.Error?.Code);
        Assert.Equal(own.Profile.Id, Assert.Single(login.Profiles).ProfileId);
    }

    [Fact]
    public async Task ListMyProfiles_ValidSession_ListsActiveMemberships()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Moderator);
        var login = await _harness.LoginAsync(employee.Certificate);

        var profiles = await _harness.ListMyProfiles.RunAsync(login.Session.Token, CancellationToken.None);

        var choice = Assert.Single(profiles.Value!);
        Assert.Equal(company.Profile.Id, choice.ProfileId);
        Assert.Equal(ProfileRole.Moderator, choice.Role);
    }

    [Fact]
    public async Task RunAsync_NoMembership_ExplainsJoining()
    {
        var stranger = _harness.Pki.IssueIndividual(_harness.NextIin());

        var login = await _harness.TryLoginAsync(stranger);

        Assert.Equal(AccountsErrorCodes.NoProfileForPerson, login.Error?.Code);
        Assert.Contains("invite you", login.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Invited_JoinsWithAuditEvent()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var invited = await InviteAsync(company.Profile.Id, company.Person.Id, certificate.Iin);

        var login = await _harness.LoginAsync(certificate);

        _harness.ActIn(company.Profile.Id);
        var joined = await _harness.Employees.FindAsync(invited.Id, CancellationToken.None);
        Assert.Equal(EmployeeStatus.Active, joined?.Status);
        Assert.Equal(login.PersonId, joined?.PersonId);
        Assert.Contains(_harness.AuditLog.All, auditEvent => auditEvent.Type == AuditEventType.EmployeeJoined && auditEvent.SubjectId == invited.Id);
    }

    [Fact]
    public async Task RunAsync_BlockedEverywhere_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        var login = await _harness.TryLoginAsync(employee.Certificate);

        Assert.Equal(AccountsErrorCodes.NoActiveMembership, login.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_RevokedCertificate_RejectedWithoutSession()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        await _harness.RegisterAsync(certificate, ProfileKind.Individual);
        _harness.Pki.Revoke(certificate);

        var login = await _harness.TryLoginAsync(certificate);

        Assert.Equal(AccountsErrorCodes.CertificateRevoked, login.Error?.Code);
    }

    [Fact]
    public async Task RunAsync_RenamedCertificate_UpdatesPerson()
    {
        var iin = _harness.NextIin();
        var old = _harness.Pki.IssueIndividual(iin, surname: "Old");
        var registered = await _harness.RegisterAsync(old, ProfileKind.Individual);
        var renewed = _harness.Pki.IssueIndividual(iin, surname: "New", keyUsage: CertificateKeyUsage.AuthenticationAndSigning);

        await _harness.LoginAsync(renewed);

        var person = await _harness.People.FindAsync(registered.Person.Id, CancellationToken.None);
        Assert.StartsWith("New", person?.FullName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndSession_LoggedOut_TokenNoLongerValidates()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        await _harness.RegisterAsync(certificate, ProfileKind.Individual);
        var login = await _harness.LoginAsync(certificate);

        var ended = await _harness.EndSession.RunAsync(login.Session.Token, CancellationToken.None);

        Assert.True(ended.IsSuccess);
        var principal = await _harness.SessionValidator.ValidateAsync(login.Session.Token, CancellationToken.None);
        Assert.Equal(AccountsErrorCodes.SessionRevoked, principal.Error?.Code);
    }

    private async Task<Employee> InviteAsync(Guid profileId, Guid directorPersonId, string iin)
    {
        _harness.ActIn(profileId);
        var invited = await _harness.InviteEmployee.RunAsync(
            directorPersonId,
            new InvitationRequest(iin, "accountant@example.kz", "Accountant", ProfileRole.Employee, ProfileRights.SignIncoming),
            CancellationToken.None);
        Assert.True(invited.IsSuccess, invited.Error?.ToString());
        _harness.ActIn(null);
        return invited.Value;
    }
}
