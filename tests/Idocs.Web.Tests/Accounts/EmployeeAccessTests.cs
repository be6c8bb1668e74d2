using System.Net;
using System.Net.Http.Json;
using Idocs.Documents;
using Idocs.Web.Api.Accounts;
using Idocs.Web.Security;

namespace Idocs.Web.Tests.Accounts;

[Collection(AccountsHostDefinition.Name)]
public sealed class EmployeeAccessTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task SignOutgoingCheck_EmployeeWithoutRight_RejectedUntilGranted()
    {
        fixture.SkipWithoutPostgreSql();
        var (director, _, employeeCertificate, employeeId) = await CompanyWithInvitedEmployeeAsync();
        using var employee = fixture.CreateClient();
        await employee.LoginAsync(employeeCertificate);

        var withoutRight = await employee.Http.GetAsync("/api/v1/me/rights/signOutgoing", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, withoutRight.StatusCode);
        Assert.Equal(AccountsErrorCodes.RightMissing, await AccountsClient.ProblemCodeAsync(withoutRight));
        var granted = await director.SendAsync(HttpMethod.Put, $"/api/v1/employees/{employeeId}/access", JsonContent.Create(new { role = "employee", rights = new[] { "signOutgoing" } }));
        await AccountsClient.EnsureStatusAsync(granted, HttpStatusCode.OK);
        var withRight = await employee.Http.GetAsync("/api/v1/me/rights/signOutgoing", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, withRight.StatusCode);
        var rights = await employee.GetJsonAsync<MyRightsView>("/api/v1/me/rights");
        Assert.Contains(rights.Rights, line => line is { Right: "signOutgoing", Has: true, Source: "granted" });
        Assert.Contains(rights.Rights, line => line is { Right: "signIncoming", Has: false, Source: "none" });
        director.Dispose();
    }

    [Fact]
    public async Task Block_LoggedInEmployee_NextRequestFails()
    {
        fixture.SkipWithoutPostgreSql();
        var (director, _, employeeCertificate, employeeId) = await CompanyWithInvitedEmployeeAsync();
        using var employee = fixture.CreateClient();
        await employee.LoginAsync(employeeCertificate);
        await employee.GetJsonAsync<MeView>("/api/v1/me");

        var blocked = await director.SendAsync(HttpMethod.Post, $"/api/v1/employees/{employeeId}/block");

        await AccountsClient.EnsureStatusAsync(blocked, HttpStatusCode.OK);
        var next = await employee.Http.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);
        Assert.Equal(AccountsErrorCodes.SessionRevoked, await AccountsClient.ProblemCodeAsync(next));
        var relogin = await employee.AnswerAsync("/api/v1/auth/login", await SignedLoginAsync(employee, employeeCertificate));
        Assert.Equal(AccountsErrorCodes.NoActiveMembership, await AccountsClient.ProblemCodeAsync(relogin));
        director.Dispose();
    }

    [Fact]
    public async Task Invite_WithoutAntiforgeryHeader_Rejected()
    {
        fixture.SkipWithoutPostgreSql();
        using var director = fixture.CreateClient();
        await director.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"ФОРДЖ\""), "company");

        var response = await director.Http.PostAsJsonAsync(
            "/api/v1/employees",
            new { iin = TestIdentifiers.NewIin(), email = "new@example.kz", fullName = "НОВЫЙ СОТРУДНИК" },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(SecurityErrorCodes.AntiforgeryTokenInvalid, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task ListEmployees_EmployeeWithoutManagementRight_Rejected()
    {
        fixture.SkipWithoutPostgreSql();
        var (director, _, employeeCertificate, _) = await CompanyWithInvitedEmployeeAsync();
        using var employee = fixture.CreateClient();
        await employee.LoginAsync(employeeCertificate);

        var response = await employee.Http.GetAsync("/api/v1/employees", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.RightMissing, await AccountsClient.ProblemCodeAsync(response));
        director.Dispose();
    }

    /// <summary>Registers a company whose director invites an employee without rights; returns the director's client.</summary>
    private async Task<(AccountsClient Director, Guid ProfileId, TestCertificateHolder Employee, Guid EmployeeId)> CompanyWithInvitedEmployeeAsync()
    {
        var director = fixture.CreateClient();
        var profileId = await director.RegisterAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"ШТАТ\""), "company");
        var employee = fixture.Pki.Individual();
        var invited = await director.SendAsync(
            HttpMethod.Post,
            "/api/v1/employees",
            JsonContent.Create(new { iin = employee.Iin, email = "employee@example.kz", fullName = employee.FullName }));
        await AccountsClient.EnsureStatusAsync(invited, HttpStatusCode.Created);
        var view = (await invited.Content.ReadFromJsonAsync<EmployeeView>(AccountsClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal("invited", view.Status);
        return (director, profileId, employee, view.EmployeeId);
    }

    private static async Task<object> SignedLoginAsync(AccountsClient client, TestCertificateHolder signer)
    {
        var challenge = await client.IssueChallengeAsync("login");
        return new { challengeId = challenge.ChallengeId, signedXml = AccountsClient.SignXml(challenge.Xml, signer) };
    }
}
