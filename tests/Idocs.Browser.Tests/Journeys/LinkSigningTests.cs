using System.Text.RegularExpressions;
using Idocs.Browser.Tests.Hosting;
using Idocs.Documents.Documents;
using Idocs.Documents.Statuses;
using Idocs.Documents.Tenancy;
using Idocs.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Journeys;

public sealed partial class LinkSigningTests(LinkSigningPlatformFixture platform) : IClassFixture<LinkSigningPlatformFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Link_IndividualSignsFromEmail_RecordsCounterpartySignature()
    {
        platform.SkipIfUnavailable();
        var mail = await platform.Smtp.WaitForMailAsync(
            received => received.EnvelopeTo.Contains(DemoCast.Individual.Email, StringComparer.OrdinalIgnoreCase), TimeSpan.FromSeconds(60), Token);
        var link = new Uri(LinkPattern().Match(mail.Message.TextBody ?? string.Empty).Value);
        var documentId = Guid.Parse(link.AbsolutePath["/link/".Length..]);
        var page = await platform.OpenPageAsync();

        await page.GotoAsync(link.PathAndQuery);
        var unavailable = page.Locator("[data-testid=link-unavailable]");
        try
        {
            // The storage choice shows once the interactive page has connected to the signer.
            await page.Locator("[data-testid=storage-choice]").Or(unavailable).First.WaitForAsync();
        }
        catch (TimeoutException)
        {
            await Screenshots.SaveAsync(page, "link-00-not-loaded");
            Assert.Fail($"The link page did not load {link.PathAndQuery}: {await page.Locator("body").InnerTextAsync()}");
        }

        Assert.False(await unavailable.IsVisibleAsync(), $"{link}: {await page.Locator("body").InnerTextAsync()}");
        await page.Locator("[data-testid=link-title]").WaitForAsync();
        await Screenshots.SaveAsync(page, "link-01-opened-from-email");
        var sender = await page.Locator("[data-testid=link-sender]").InnerTextAsync();
        await page.Locator("[data-testid=link-sign]").ClickAsync();
        var signed = page.Locator("[data-testid=link-signed]");
        await signed.Or(page.Locator("[data-testid=link-error]")).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "link-02-signed");
        var signedShown = await signed.IsVisibleAsync();
        var bodyAfterSigning = await page.Locator("body").InnerTextAsync();
        await page.ReloadAsync();
        await unavailable.WaitForAsync();
        await Screenshots.SaveAsync(page, "link-03-used");
        var document = await FindDocumentAsync(documentId);

        Assert.True(signedShown, bodyAfterSigning);
        Assert.Contains(DemoCast.CompanyA.Name, sender, StringComparison.Ordinal);
        Assert.Equal("link_access.used", await unavailable.GetAttributeAsync("data-code"));
        Assert.Equal(DocumentStatus.SignedByAllParties, document.Status);
        Assert.Contains(document.Signatures, signature => signature.Party == SigningParty.Counterparty && signature.SignerIin == DemoCast.Individual.Iin);
    }

    [Fact]
    public async Task Link_WrongToken_ShowsLinkNotValid()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();

        await page.GotoAsync($"/link/{Guid.NewGuid():D}?token=not-a-token");
        var unavailable = page.Locator("[data-testid=link-unavailable]");
        await unavailable.WaitForAsync();
        await Screenshots.SaveAsync(page, "link-unknown");

        Assert.Contains("Ссылка недействительна", await unavailable.InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<Document> FindDocumentAsync(Guid documentId)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var owner = await scope.ServiceProvider.GetRequiredService<IDocumentOwnerLookup>().FindOwnerProfileIdAsync(documentId, Token);
        Assert.NotNull(owner);
        using var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>().EnterProfile(owner.Value);
        var document = await scope.ServiceProvider.GetRequiredService<IDocumentStore>().FindAsync(documentId, Token);
        Assert.NotNull(document);
        return document;
    }

    [GeneratedRegex(@"https?://\S+/link/[0-9a-f-]{36}\?token=\S+")]
    private static partial Regex LinkPattern();
}
