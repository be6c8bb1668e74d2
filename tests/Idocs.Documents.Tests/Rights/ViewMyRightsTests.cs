using Idocs.Documents.Rights;

namespace Idocs.Documents.Tests.Rights;

public class ViewMyRightsTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task RunAsync_Moderator_ShowsRoleAndGrantedRights()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var moderator = await _harness.AddEmployeeAsync(company.Person.Id, ProfileRole.Moderator, ProfileRights.SignIncoming);

        var rights = await _harness.ViewMyRights.RunAsync(moderator.PersonId, CancellationToken.None);

        Assert.Equal(ProfileRole.Moderator, rights.Value?.Role);
        var lines = rights.Value!.Rights.ToDictionary(line => line.Right);
        Assert.Equal(RightSource.Role, lines[ProfileRights.ManageEmployees].Source);
        Assert.Equal(RightSource.Granted, lines[ProfileRights.SignIncoming].Source);
        Assert.False(lines[ProfileRights.SignOutgoing].Has);
        Assert.Equal(RightSource.None, lines[ProfileRights.SignOutgoing].Source);
        Assert.Equal(7, lines.Count);
    }

    [Fact]
    public async Task RunAsync_NoProfile_Rejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        _harness.ActIn(null);

        var rights = await _harness.ViewMyRights.RunAsync(company.Person.Id, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.NoProfileSelected, rights.Error?.Code);
    }
}
