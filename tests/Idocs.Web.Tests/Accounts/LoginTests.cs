using System.Net;
using Idocs.Documents;
using Idocs.Web.Api.Accounts;

namespace Idocs.Web.Tests.Accounts;

[Collection(AccountsHostDefinition.Name)]
public sealed class LoginTests(AccountsHostFixture fixture)
{
    private const string LoginPath = "/api/v1/auth/login";

    [Fact]
    public async Task Login_ValidCertificate_ReturnsProfilesAndOpensSession()
    {
        fixture.SkipWithoutPostgreSql();
        var person = fixture.Pki.Individual();
        Guid profileId;
        using (var registration = fixture.CreateClient())
        {
            profileId = await registration.RegisterAsync(person, "individual");
        }

        using var client = fixture.CreateClient();

        var login = await client.LoginAsync(person);

        var profile = Assert.Single(login.Profiles);
        Assert.Equal(profileId, profile.ProfileId);
        Assert.Equal("individual", profile.Kind);
        Assert.Equal("owner", profile.Role);
        var me = await client.GetJsonAsync<MeView>("/api/v1/me");
        Assert.Equal(profileId, me.Profile!.ProfileId);
    }

    [Fact]
    public async Task Login_ReplayedChallenge_RejectedAsAlreadyUsed()
    {
        fixture.SkipWithoutPostgreSql();
        var person = await RegisteredIndividualAsync();
        using var client = fixture.CreateClient();
        var challenge = await client.IssueChallengeAsync("login");
        var answer = new { challengeId = challenge.ChallengeId, signedXml = AccountsClient.SignXml(challenge.Xml, person) };
        var first = await client.AnswerAsync(LoginPath, answer);
        await AccountsClient.EnsureStatusAsync(first, HttpStatusCode.OK);

        var replay = await client.AnswerAsync(LoginPath, answer);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(AccountsErrorCodes.ChallengeAlreadyUsed, await AccountsClient.ProblemCodeAsync(replay));
    }

    [Fact]
    public async Task Login_ExpiredChallenge_RejectedAsExpired()
    {
        fixture.SkipWithoutPostgreSql();
        var person = await RegisteredIndividualAsync();
        using var client = fixture.CreateClient();
        var challenge = await client.IssueChallengeAsync("login");
        var signed = AccountsClient.SignXml(challenge.Xml, person);

        HttpResponseMessage response;
        fixture.Clock.Offset = TimeSpan.FromMinutes(3);
        try
        {
            response = await client.AnswerAsync(LoginPath, new { challengeId = challenge.ChallengeId, signedXml = signed });
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.ChallengeExpired, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Login_SignedByAnotherKeyThanChosen_RejectedAsAnotherKey()
    {
        fixture.SkipWithoutPostgreSql();
        var chosen = await RegisteredIndividualAsync();
        var other = fixture.Pki.Individual();
        using var client = fixture.CreateClient();
        var challenge = await client.IssueChallengeAsync("login");

        var response = await client.AnswerAsync(LoginPath, new
        {
            challengeId = challenge.ChallengeId,
            signedXml = AccountsClient.SignXml(challenge.Xml, other),
            certificateThumbprint = chosen.Thumbprint,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.ChallengeSignedByAnotherKey, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Login_SignatureByKeyOfAnotherCertificate_RejectedAsInvalidSignature()
    {
        fixture.SkipWithoutPostgreSql();
        var victim = await RegisteredIndividualAsync();
        var attacker = fixture.Pki.Individual();
        using var client = fixture.CreateClient();
        var challenge = await client.IssueChallengeAsync("login");

        var response = await client.AnswerAsync(LoginPath, new
        {
            challengeId = challenge.ChallengeId,
            signedXml = AccountsClient.SignXml(challenge.Xml, attacker, certificateShown: victim),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.ChallengeSignatureInvalid, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Login_SignatureOverAnotherChallenge_RejectedAsInvalidSignature()
    {
        fixture.SkipWithoutPostgreSql();
        var person = await RegisteredIndividualAsync();
        using var client = fixture.CreateClient();
        var answered = await client.IssueChallengeAsync("login");
        var signedOther = await client.IssueChallengeAsync("login");

        var response = await client.AnswerAsync(LoginPath, new
        {
            challengeId = answered.ChallengeId,
            signedXml = AccountsClient.SignXml(signedOther.Xml, person),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.ChallengeSignatureInvalid, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Login_RevokedCertificate_RejectedAsRevoked()
    {
        fixture.SkipWithoutPostgreSql();
        var person = await RegisteredIndividualAsync();

        // A second certificate of the same person, revoked before any OCSP response about it was cached.
        var revoked = fixture.Pki.Individual(person.Iin);
        fixture.Pki.Revoke(revoked);
        using var client = fixture.CreateClient();

        var response = await AnswerLoginAsync(client, revoked);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.CertificateRevoked, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Login_ExpiredCertificate_RejectedAsExpired()
    {
        fixture.SkipWithoutPostgreSql();
        var expired = fixture.Pki.Individual(notBefore: DateTimeOffset.UtcNow.AddDays(-10), validity: TimeSpan.FromDays(5));
        using var client = fixture.CreateClient();

        var response = await AnswerLoginAsync(client, expired);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.CertificateExpired, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Login_OcspResponderDown_RejectedAsTryLaterNotInvalid()
    {
        fixture.SkipWithoutPostgreSql();
        var person = await RegisteredIndividualAsync();
        var host = await fixture.OcspDownHostAsync();
        using var client = new AccountsClient(host.CreateClient());

        var response = await AnswerLoginAsync(client, person);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.CertificateRevocationUnknown, await AccountsClient.ProblemCodeAsync(response));
        Assert.Contains("try again later", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_PersonWithoutProfile_RejectedWithRegistrationAdvice()
    {
        fixture.SkipWithoutPostgreSql();
        using var client = fixture.CreateClient();

        var response = await AnswerLoginAsync(client, fixture.Pki.Individual());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AccountsErrorCodes.NoProfileForPerson, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Login_RejectedAnswer_CannotBeRetriedWithSameChallenge()
    {
        fixture.SkipWithoutPostgreSql();
        var registered = await RegisteredIndividualAsync();
        using var client = fixture.CreateClient();
        var challenge = await client.IssueChallengeAsync("login");
        var rejected = await client.AnswerAsync(LoginPath, new { challengeId = challenge.ChallengeId, signedXml = AccountsClient.SignXml(challenge.Xml, fixture.Pki.Individual()) });
        Assert.Equal(AccountsErrorCodes.NoProfileForPerson, await AccountsClient.ProblemCodeAsync(rejected));

        var retried = await client.AnswerAsync(LoginPath, new { challengeId = challenge.ChallengeId, signedXml = AccountsClient.SignXml(challenge.Xml, registered) });

        Assert.Equal(AccountsErrorCodes.ChallengeAlreadyUsed, await AccountsClient.ProblemCodeAsync(retried));
    }

    [Fact]
    public async Task Login_ChallengeFromAnotherBrowser_RejectedAsBindingMismatch()
    {
        fixture.SkipWithoutPostgreSql();
        var person = await RegisteredIndividualAsync();
        using var requester = fixture.CreateClient();
        using var answerer = fixture.CreateClient();
        var challenge = await requester.IssueChallengeAsync("login");
        await answerer.IssueChallengeAsync("login");

        var response = await answerer.AnswerAsync(LoginPath, new { challengeId = challenge.ChallengeId, signedXml = AccountsClient.SignXml(challenge.Xml, person) });

        Assert.Equal(AccountsErrorCodes.ChallengeBindingMismatch, await AccountsClient.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task Logout_Session_NextRequestIsUnauthorized()
    {
        fixture.SkipWithoutPostgreSql();
        var person = await RegisteredIndividualAsync();
        using var client = fixture.CreateClient();
        await client.LoginAsync(person);

        var logout = await client.SendAsync(HttpMethod.Post, "/api/v1/auth/logout");

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var me = await client.Http.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    private async Task<TestCertificateHolder> RegisteredIndividualAsync()
    {
        var person = fixture.Pki.Individual();
        using var registration = fixture.CreateClient();
        await registration.RegisterAsync(person, "individual");
        return person;
    }

    private static async Task<HttpResponseMessage> AnswerLoginAsync(AccountsClient client, TestCertificateHolder signer)
    {
        var challenge = await client.IssueChallengeAsync("login");
        return await client.AnswerAsync(LoginPath, new { challengeId = challenge.ChallengeId, signedXml = AccountsClient.SignXml(challenge.Xml, signer) });
    }
}
