using Idocs.Common.Results;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Tenancy;

/// <summary>A person of company B guesses ids of company A: every read and write returns not-found.</summary>
public class TenantIsolationTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task BlockEmployee_OtherProfilesEmployee_NotFound()
    {
        var (victim, attacker, victimEmployeeId) = await TwoCompaniesAsync();

        var blocked = await _harness.BlockEmployee.RunAsync(attacker, victimEmployeeId, CancellationToken.None);

        Assert.Equal(CommonErrorCodes.NotFound, blocked.Error?.Code);
        _harness.ActIn(victim);
        var untouched = await _harness.Employees.FindAsync(victimEmployeeId, CancellationToken.None);
        Assert.Equal(Idocs.Documents.Employees.EmployeeStatus.Active, untouched?.Status);
    }

    [Fact]
    public async Task UnblockEmployee_OtherProfilesEmployee_NotFound()
    {
        var (_, attacker, victimEmployeeId) = await TwoCompaniesAsync();

        var unblocked = await _harness.UnblockEmployee.RunAsync(attacker, victimEmployeeId, CancellationToken.None);

        Assert.Equal(CommonErrorCodes.NotFound, unblocked.Error?.Code);
    }

    [Fact]
    public async Task ChangeEmployeeAccess_OtherProfilesEmployee_NotFound()
    {
        var (_, attacker, victimEmployeeId) = await TwoCompaniesAsync();

        var changed = await _harness.ChangeEmployeeAccess.RunAsync(attacker, victimEmployeeId, ProfileRole.Admin, ProfileRights.SignOutgoing, CancellationToken.None);

        Assert.Equal(CommonErrorCodes.NotFound, changed.Error?.Code);
    }

    [Fact]
    public async Task EmployeeStore_OtherProfilesId_ReturnsNull()
    {
        var (_, _, victimEmployeeId) = await TwoCompaniesAsync();

        var found = await _harness.Employees.FindAsync(victimEmployeeId, CancellationToken.None);

        Assert.Null(found);
    }

    [Fact]
    public async Task ListEmployees_SeesOnlyOwnProfile()
    {
        var (victim, attacker, victimEmployeeId) = await TwoCompaniesAsync();

        var employees = await _harness.ListEmployees.RunAsync(attacker, CancellationToken.None);

        Assert.DoesNotContain(employees.Value!, employee => employee.Id == victimEmployeeId || employee.ProfileId == victim);
    }

    [Fact]
    public async Task ReadAuditLog_SeesOnlyOwnProfile()
    {
        var (victim, attacker, _) = await TwoCompaniesAsync();

        var log = await _harness.ReadAuditLog.RunAsync(attacker, CancellationToken.None);

        Assert.NotEmpty(log.Value!);
        Assert.DoesNotContain(log.Value!, auditEvent => auditEvent.ProfileId == victim);
    }

    [Fact]
    public async Task DirectorChangeStore_ForeignId_ReturnsNull()
    {
        var (victim, attacker, _) = await TwoCompaniesAsync();
        _harness.ActIn(victim);
        var victimDirector = (await _harness.Employees.FindHeadAsync(CancellationToken.None))!.PersonId!.Value;
        var filed = await _harness.FileDirectorChangeRequest.RunAsync(
            victimDirector,
            new DirectorChangeApplication(_harness.NextIin(), "Name", null, "1", new DateOnly(2026, 1, 5), new AppointmentOrderFile(Guid.NewGuid(), "o.pdf", "application/pdf", 10)),
            CancellationToken.None);
        var attackerProfile = await AttackerProfileAsync(attacker);
        _harness.ActIn(attackerProfile);

        var found = await _harness.DirectorChanges.FindAsync(filed.Value!.Id, CancellationToken.None);
        var listed = await _harness.ListDirectorChangeRequests.RunAsync(attacker, CancellationToken.None);

        Assert.Null(found);
        Assert.Empty(listed.Value!);
    }

    [Fact]
    public async Task Authorizer_ForeignProfile_NotActiveMember()
    {
        var (victim, attacker, _) = await TwoCompaniesAsync();
        _harness.ActIn(victim);

        var check = await _harness.Authorizer.RequireRightAsync(attacker, ProfileRights.ManageEmployees, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.NotActiveMember, check.Error?.Code);
    }

    [Fact]
    public async Task EmployeeStore_WriteOutsideCurrentProfile_Throws()
    {
        var (victim, _, victimEmployeeId) = await TwoCompaniesAsync();
        _harness.ActIn(victim);
        var employee = await _harness.Employees.FindAsync(victimEmployeeId, CancellationToken.None);
        _harness.ActIn(null);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Employees.TrySaveAsync(employee!, CancellationToken.None));
    }

    /// <summary>Registers a victim company with an employee and an attacker company; the attacker's profile is current.</summary>
    private async Task<(Guid VictimProfileId, Guid AttackerPersonId, Guid VictimEmployeeId)> TwoCompaniesAsync()
    {
        var (victim, _) = await _harness.RegisterCompanyAsync();
        var victimEmployee = await _harness.AddEmployeeAsync(victim.Person.Id);
        var (attacker, _) = await _harness.RegisterCompanyAsync();
        _harness.ActIn(attacker.Profile.Id);
        return (victim.Profile.Id, attacker.Person.Id, victimEmployee.Employee.Id);
    }

    private async Task<Guid> AttackerProfileAsync(Guid attackerPersonId)
    {
        var rows = await _harness.Employees.ListForPersonAcrossProfilesAsync(attackerPersonId, CancellationToken.None);
        return Assert.Single(rows).ProfileId;
    }
}
