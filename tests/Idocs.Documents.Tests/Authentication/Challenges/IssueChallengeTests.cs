using Idocs.Common.Results;
using Idocs.Documents.Authentication.Challenges;

namespace Idocs.Documents.Tests.Authentication.Challenges;

public class IssueChallengeTests
{
    [Fact]
    public async Task RunAsync_Issued_StoresBoundChallenge()
    {
        var harness = new AccountsHarness();

        var issued = await harness.IssueChallenge.RunAsync(ChallengePurpose.Login, AccountsHarness.BrowserSession, AccountsHarness.Origin, CancellationToken.None);

        Assert.True(issued.IsSuccess);
        Assert.Equal(32, issued.Value.Nonce.Length);
        var stored = await harness.Challenges.FindAsync(issued.Value.ChallengeId, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(AccountsHarness.BrowserSession, stored.SessionId);
        Assert.Equal(AccountsHarness.Origin, stored.Origin);
        Assert.Equal(issued.Value.Nonce.ToArray(), stored.Nonce);
        Assert.Null(stored.ConsumedAt);
    }

    [Fact]
    public async Task RunAsync_TwoChallenges_HaveDifferentBytes()
    {
        var harness = new AccountsHarness();

        var first = await harness.IssueChallenge.RunAsync(ChallengePurpose.Login, AccountsHarness.BrowserSession, AccountsHarness.Origin, CancellationToken.None);
        var second = await harness.IssueChallenge.RunAsync(ChallengePurpose.Login, AccountsHarness.BrowserSession, AccountsHarness.Origin, CancellationToken.None);

        Assert.NotEqual(first.Value!.Nonce.ToArray(), second.Value!.Nonce.ToArray());
    }

    [Fact]
    public async Task RunAsync_ConfiguredLifetime_SetsExpiry()
    {
        var harness = new AccountsHarness(options => options.ChallengeLifetime = TimeSpan.FromSeconds(45));

        var issued = await harness.IssueChallenge.RunAsync(ChallengePurpose.Login, AccountsHarness.BrowserSession, AccountsHarness.Origin, CancellationToken.None);

        Assert.Equal(harness.Clock.GetUtcNow().AddSeconds(45), issued.Value!.ExpiresAt);
    }

    [Theory]
    [InlineData("", AccountsHarness.Origin)]
    [InlineData(AccountsHarness.BrowserSession, "")]
    [InlineData(AccountsHarness.BrowserSession, "idocs.test")]
    [InlineData(AccountsHarness.BrowserSession, "ftp://idocs.test")]
    public async Task RunAsync_MissingOrBadBinding_RejectedAsInvalidInput(string sessionId, string origin)
    {
        var harness = new AccountsHarness();

        var issued = await harness.IssueChallenge.RunAsync(ChallengePurpose.Login, sessionId, origin, CancellationToken.None);

        Assert.Equal(CommonErrorCodes.InvalidInput, issued.Error?.Code);
        Assert.Equal(0, harness.Challenges.Count);
    }
}
