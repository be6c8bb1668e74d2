using Idocs.Documents.LinkAccess;
using Idocs.Documents.Tests.Fakes;

namespace Idocs.Documents.Tests.LinkAccess;

public class LinkAccessServiceTests
{
    private static readonly Guid DocumentId = Guid.Parse("0190f000-0000-7000-8000-00000000a001");
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private readonly MutableClock _clock = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryLinkTokenStore _store = new();
    private readonly LinkAccessService _service;

    public LinkAccessServiceTests()
    {
        _service = new LinkAccessService(_store, _clock);
    }

    [Fact]
    public async Task IssueAsync_NewLink_StoresOnlyTheHash()
    {
        var link = await Issue("ivanov@example.kz");

        var stored = Assert.Single(_store.All);
        Assert.Equal(32, Convert.FromBase64String(ToBase64(link.Token)).Length);
        Assert.DoesNotContain(link.Token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.TokenHash.Length);
    }

    [Fact]
    public async Task OpenAsync_RepeatedGets_DoNotConsumeTheLink()
    {
        var link = await Issue("ivanov@example.kz");
        await _service.OpenAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);
        await _service.OpenAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        var consumed = await _service.ConsumeAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        Assert.True(consumed.IsSuccess, consumed.Error?.ToString());
    }

    [Fact]
    public async Task OpenAsync_AfterUse_Refused()
    {
        var link = await Issue("ivanov@example.kz");
        await _service.ConsumeAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        var opened = await _service.OpenAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        Assert.Equal(LinkAccessErrorCodes.Used, opened.Error?.Code);
    }

    [Fact]
    public async Task ConsumeAsync_SecondUse_Refused()
    {
        var link = await Issue("ivanov@example.kz");
        await _service.ConsumeAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        var second = await _service.ConsumeAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        Assert.Equal(LinkAccessErrorCodes.Used, second.Error?.Code);
    }

    [Fact]
    public async Task ConsumeAsync_AfterExpiry_Refused()
    {
        var link = await Issue("ivanov@example.kz");
        _clock.Advance(Lifetime);

        var consumed = await _service.ConsumeAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        Assert.Equal(LinkAccessErrorCodes.Expired, consumed.Error?.Code);
    }

    [Fact]
    public async Task OpenAsync_JustBeforeExpiry_Allowed()
    {
        var link = await Issue("ivanov@example.kz");
        _clock.Advance(Lifetime - TimeSpan.FromSeconds(1));

        var opened = await _service.OpenAsync(DocumentId, link.Token, TestContext.Current.CancellationToken);

        Assert.True(opened.IsSuccess);
    }

    [Fact]
    public async Task ConsumeAsync_AfterReissue_OldLinkRefused()
    {
        var first = await Issue("ivanov@example.kz");
        var second = await Issue("Ivanov@Example.kz");

        var old = await _service.ConsumeAsync(DocumentId, first.Token, TestContext.Current.CancellationToken);
        var fresh = await _service.ConsumeAsync(DocumentId, second.Token, TestContext.Current.CancellationToken);

        Assert.Equal(LinkAccessErrorCodes.Superseded, old.Error?.Code);
        Assert.True(fresh.IsSuccess);
    }

    [Fact]
    public async Task IssueAsync_OtherRecipient_KeepsFirstRecipientsLink()
    {
        var first = await Issue("ivanov@example.kz");
        await Issue("petrov@example.kz");

        var opened = await _service.OpenAsync(DocumentId, first.Token, TestContext.Current.CancellationToken);

        Assert.True(opened.IsSuccess);
    }

    [Fact]
    public async Task ConsumeAsync_ForAnotherDocument_Refused()
    {
        var link = await Issue("ivanov@example.kz");

        var consumed = await _service.ConsumeAsync(Guid.CreateVersion7(), link.Token, TestContext.Current.CancellationToken);

        Assert.Equal(LinkAccessErrorCodes.WrongDocument, consumed.Error?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task OpenAsync_UnknownOrMalformedToken_Refused(string token)
    {
        await Issue("ivanov@example.kz");

        var opened = await _service.OpenAsync(DocumentId, token, TestContext.Current.CancellationToken);

        Assert.Equal(LinkAccessErrorCodes.Unknown, opened.Error?.Code);
    }

    [Fact]
    public async Task ConsumeAsync_TwoConcurrentUses_OneWins()
    {
        var link = await Issue("ivanov@example.kz");

        var results = await Task.WhenAll(
            Task.Run(() => _service.ConsumeAsync(DocumentId, link.Token, TestContext.Current.CancellationToken)),
            Task.Run(() => _service.ConsumeAsync(DocumentId, link.Token, TestContext.Current.CancellationToken)));

        Assert.Equal(1, results.Count(result => result.IsSuccess));
    }

    private async Task<IssuedLink> Issue(string recipient) =>
        (await _service.IssueAsync(DocumentId, recipient, Lifetime, TestContext.Current.CancellationToken)).Value!;

    private static string ToBase64(string base64Url)
    {
        var padded = base64Url.Replace('-', '+').Replace('_', '/');
        return padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=');
    }
}
