using System.Net;
using Idocs.Documents;
using Idocs.Signatures.TestPki;
using Idocs.Web.Api.Accounts;

namespace Idocs.Web.Tests.Accounts;

[Collection(AccountsHostDefinition.Name)]
public sealed class RegistrationTests(AccountsHostFixture fixture)
{
    [Fact]
    public async Task Register_CompanyFirstHead_CreatesCompanyWithDirector()
    {
        fixture.SkipWithoutPostgreSql();
        var bin = TestIdentifiers.NewBin();
        var head = fixture.Pki.CompanyHead(bin, "ТОО \"ПЕРВЫЙ\"");
        using var client = fixture.CreateClient();

        var profileId = await client.RegisterAsync(head, "company");

        var me = await client.GetJsonAsync<MeView>("/api/v1/me");
        Assert.Equal(profileId, me.Profile!.ProfileId);
        Assert.Equal("company", me.Profile.Kind);
        Assert.Equal(bin, me.Profile.IdentificationNumber);
        Assert.Equal("ТОО \"ПЕРВЫЙ\"", me.Profile.Name);
        Assert.Equal("director", me.Role);
        Assert.Equal(head.Iin, me.Person.Iin);
        Assert.Contains("signOutgoing", me.Rights);
    }

    [Fact]
    public async Task Register_SoleProprietor_CreatesProfileWithOwner()
    {
        fixture.SkipWithoutPostgreSql();
        var owner = fixture.Pki.SoleProprietor();
        using var client = fixture.CreateClient();

        var profileId = await client.RegisterAsync(owner, "soleProprietor");

        var me = await client.GetJsonAsync<MeView>("/api/v1/me");
        Assert.Equal(profileId, me.Profile!.ProfileId);
        Assert.Equal("soleProprietor", me.Profile.Kind);
        Assert.Equal(owner.Iin, me.Profile.IdentificationNumber);
        Assert.Equal("owner", me.Role);
    }

    [Fact]
    public async Task Register_Individual_CreatesProfileWithOwner()
    {
        fixture.SkipWithoutPostgreSql();
        var person = fixture.Pki.Individual();
        using var client = fixture.CreateClient();

        var profileId = await client.RegisterAsync(person, "individual");

        var me = await client.GetJsonAsync<MeView>("/api/v1/me");
        Assert.Equal(profileId, me.Profile!.ProfileId);
        Assert.Equal("individual", me.Profile.Kind);
        Assert.Equal(person.Iin, me.Profile.IdentificationNumber);
        Assert.Equal("owner", me.Role);
    }

    [Fact]
    public async Task Register_CompanyWithIndividualCertificate_RejectedAsNotLegalEntity()
    {
        fixture.SkipWithoutPostgreSql();
        var person = fixture.Pki.Individual();
        using var client = fixture.CreateClient();

        var response = await client.RegisterRawAsync(person, "company");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.LegalEntityCertificateRequired, await AccountsClient.ProblemCodeAsync(response));
        Assert.Null(SessionCookieOf(response));
    }

    [Fact]
    public async Task Register_SecondRegistrationOfSameBin_RejectedWithJoinAdvice()
    {
        fixture.SkipWithoutPostgreSql();
        var bin = TestIdentifiers.NewBin();
        using var first = fixture.CreateClient();
        await first.RegisterAsync(fixture.Pki.CompanyHead(bin, "ТОО \"ДУБЛЬ\""), "company");
        var signer = fixture.Pki.CompanyEmployee(bin, "ТОО \"ДУБЛЬ\"", [TestPkiRole.RightToSign]);
        using var second = fixture.CreateClient();

        var response = await second.RegisterRawAsync(signer, "company");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.ProfileAlreadyRegistered, await AccountsClient.ProblemCodeAsync(response));
        Assert.Contains("invite you", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Company_SetsHttpOnlyStrictSessionCookie()
    {
        fixture.SkipWithoutPostgreSql();
        using var client = fixture.CreateClient();

        var response = await client.RegisterRawAsync(fixture.Pki.CompanyHead(TestIdentifiers.NewBin(), "ТОО \"КУКИ\""), "company");

        var cookie = SessionCookieOf(response);
        Assert.NotNull(cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static string? SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(cookie => cookie.StartsWith(Security.SessionCookie.Name + "=", StringComparison.Ordinal))
            : null;
}
