using Idocs.Documents.Notifications.Settings;

namespace Idocs.Documents.Tests.Notifications.Settings;

public class ManageNotificationSettingsTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task GetAsync_NothingSaved_EveryEventOn()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var settings = await _harness.ManageNotificationSettings.GetAsync(company.Person.Id, CancellationToken.None);

        Assert.Equal(Enum.GetValues<DocumentStatusEvent>().Length, settings.Value?.EmailEvents.Count);
    }

    [Fact]
    public async Task UpdateAsync_ChosenEvents_Stored()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var updated = await _harness.ManageNotificationSettings.UpdateAsync(
            company.Person.Id,
            [DocumentStatusEvent.Rejected, DocumentStatusEvent.SignedByAllParties],
            CancellationToken.None);

        Assert.True(updated.IsSuccess, updated.Error?.ToString());
        Assert.True(await _harness.ManageNotificationSettings.WantsEmailAsync(company.Person.Id, DocumentStatusEvent.Rejected, CancellationToken.None));
        Assert.False(await _harness.ManageNotificationSettings.WantsEmailAsync(company.Person.Id, DocumentStatusEvent.Approved, CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_Twice_KeepsLatest()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        await _harness.ManageNotificationSettings.UpdateAsync(company.Person.Id, [DocumentStatusEvent.Rejected], CancellationToken.None);

        await _harness.ManageNotificationSettings.UpdateAsync(company.Person.Id, [DocumentStatusEvent.Revoked], CancellationToken.None);

        var settings = await _harness.ManageNotificationSettings.GetAsync(company.Person.Id, CancellationToken.None);
        Assert.Equal([DocumentStatusEvent.Revoked], settings.Value!.EmailEvents);
    }

    [Fact]
    public async Task UpdateAsync_SettingsArePerProfile()
    {
        var (first, _) = await _harness.RegisterCompanyAsync();
        var accountant = await _harness.AddEmployeeAsync(first.Person.Id);
        var (second, _) = await _harness.RegisterCompanyAsync();
        await _harness.InviteEmployee.RunAsync(
            second.Person.Id,
            new Idocs.Documents.Employees.InvitationRequest(accountant.Certificate.Iin, "a@example.kz", "A", Idocs.Documents.Rights.ProfileRole.Employee, Idocs.Documents.Rights.ProfileRights.None),
            CancellationToken.None);
        await _harness.LoginAsync(accountant.Certificate);
        _harness.ActIn(first.Profile.Id);
        await _harness.ManageNotificationSettings.UpdateAsync(accountant.PersonId, [], CancellationToken.None);

        _harness.ActIn(second.Profile.Id);
        var inSecond = await _harness.ManageNotificationSettings.GetAsync(accountant.PersonId, CancellationToken.None);

        Assert.Equal(Enum.GetValues<DocumentStatusEvent>().Length, inSecond.Value?.EmailEvents.Count);
    }

    [Fact]
    public async Task UpdateAsync_UnknownEvent_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();

        var updated = await _harness.ManageNotificationSettings.UpdateAsync(company.Person.Id, [(DocumentStatusEvent)999], CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.UnknownNotificationEvent, updated.Error?.Code);
    }

    [Fact]
    public async Task UpdateAsync_NotAMember_Rejected()
    {
        await _harness.RegisterCompanyAsync();

        var updated = await _harness.ManageNotificationSettings.UpdateAsync(Guid.NewGuid(), [DocumentStatusEvent.Rejected], CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.NotActiveMember, updated.Error?.Code);
    }
}
