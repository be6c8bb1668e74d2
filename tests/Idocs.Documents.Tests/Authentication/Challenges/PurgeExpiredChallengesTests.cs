using Idocs.Documents.Authentication.Challenges;

namespace Idocs.Documents.Tests.Authentication.Challenges;

public class PurgeExpiredChallengesTests
{
    [Fact]
    public async Task RunAsync_ExpiredPastGrace_Deleted()
    {
        var harness = new AccountsHarness();
        var old = await harness.IssueChallenge.RunAsync(ChallengePurpose.Login, AccountsHarness.BrowserSession, AccountsHarness.Origin, CancellationToken.None);
        harness.Clock.Advance(PurgeExpiredChallenges.GracePeriod + harness.Options.Value.ChallengeLifetime + TimeSpan.FromSeconds(1));
        var fresh = await harness.IssueChallenge.RunAsync(ChallengePurpose.Login, AccountsHarness.BrowserSession, AccountsHarness.Origin, CancellationToken.None);

        var deleted = await harness.PurgeExpiredChallenges.RunAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await harness.Challenges.FindAsync(old.Value!.ChallengeId, CancellationToken.None));
        Assert.NotNull(await harness.Challenges.FindAsync(fresh.Value!.ChallengeId, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_JustExpired_Kept()
    {
        var harness = new AccountsHarness();
        var certificate = harness.Pki.IssueIndividual(harness.NextIin());
        var response = await harness.AnswerChallengeAsync(certificate, ChallengePurpose.Login);
        harness.Clock.Advance(harness.Options.Value.ChallengeLifetime + TimeSpan.FromMinutes(1));

        await harness.PurgeExpiredChallenges.RunAsync(CancellationToken.None);

        var verified = await harness.VerifyChallengeResponse.RunAsync(response, ChallengePurpose.Login, CancellationToken.None);
        Assert.Equal(AccountsErrorCodes.ChallengeExpired, verified.Error?.Code);
    }
}
