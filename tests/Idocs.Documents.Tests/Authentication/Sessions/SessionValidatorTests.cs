using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Profiles;

namespace Idocs.Documents.Tests.Authentication.Sessions;

public class SessionValidatorTests
{
    private readonly AccountsHarness _harness = new();

    [Fact]
    public async Task ValidateAsync_BlockedEmployee_NextRequestRejected()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        var login = await _harness.LoginAsync(employee.Certificate);
        var before = await _harness.SessionValidator.ValidateAsync(login.Session.Token, CancellationToken.None);
        _harness.ActIn(company.Profile.Id);

        await _harness.BlockEmployee.RunAsync(company.Person.Id, employee.Employee.Id, CancellationToken.None);

        Assert.True(before.IsSuccess, before.Error?.ToString());
        var after = await _harness.SessionValidator.ValidateAsync(login.Session.Token, CancellationToken.None);
        Assert.Equal(AccountsErrorCodes.SessionRevoked, after.Error?.Code);
    }

    [Fact]
    public async Task ValidateAsync_BlockRace_EndsSession()
    {
        var (company, _) = await _harness.RegisterCompanyAsync();
        var employee = await _harness.AddEmployeeAsync(company.Person.Id);
        var login = await _harness.LoginAsync(employee.Certificate);
        _harness.ActIn(company.Profile.Id);
        var row = await _harness.Employees.FindAsync(employee.Employee.Id, CancellationToken.None);
        row!.Block(_harness.Clock.GetUtcNow());
        await _harness.Employees.TrySaveAsync(row, CancellationToken.None);

        var first = await _harness.SessionValidator.ValidateAsync(login.Session.Token, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.EmployeeBlocked, first.Error?.Code);
        var second = await _harness.SessionValidator.ValidateAsync(login.Session.Token, CancellationToken.None);
        Assert.Equal(AccountsErrorCodes.SessionRevoked, second.Error?.Code);
    }

    [Fact]
    public async Task ValidateAsync_AfterLifetime_RejectedAsExpired()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());
        var registered = await _harness.RegisterAsync(certificate, ProfileKind.Individual);
        _harness.Clock.Advance(_harness.Options.Value.SessionLifetime);

        var principal = await _harness.SessionValidator.ValidateAsync(registered.Session.Token, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.SessionExpired, principal.Error?.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("not-base64url-not-base64url-not-base64url!!")]
    public async Task ValidateAsync_MalformedToken_RejectedAsNotFound(string? token)
    {
        var principal = await _harness.SessionValidator.ValidateAsync(token, CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.SessionNotFound, principal.Error?.Code);
    }

    [Fact]
    public async Task ValidateAsync_UnknownToken_NotFound()
    {
        var principal = await _harness.SessionValidator.ValidateAsync(SessionToken.Create(), CancellationToken.None);

        Assert.Equal(AccountsErrorCodes.SessionNotFound, principal.Error?.Code);
    }

    [Fact]
    public async Task OpenSession_StoresOnlyTokenHash()
    {
        var certificate = _harness.Pki.IssueIndividual(_harness.NextIin());

        var registered = await _harness.RegisterAsync(certificate, ProfileKind.Individual);

        Assert.Equal(SessionToken.Hash(registered.Session.Token), registered.Session.Session.TokenHash);
        Assert.DoesNotContain(registered.Session.Token, registered.Session.Session.TokenHash, StringComparison.Ordinal);
    }
}
