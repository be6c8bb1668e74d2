using System.Globalization;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

public sealed class MassSigningTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private const int DocumentCount = BillingSeed.StandardMassLimit;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MassSign_ThirtyWaitingDocuments_SignsAllWithProgress()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        var (page, api) = await MassSigningDesk.SignInOnStandardPlanAsync(platform);
        var documentIds = await MassSigningDesk.SeedWaitingAsync(api, DocumentCount);
        var table = await MassSigningDesk.SelectAllAsync(page, "mass-sign");
        await WatchProgressAsync(page);

        await page.Locator("[data-testid=mass-sign]").ClickAsync();
        await page.Locator("[data-testid=mass-progress]").WaitForAsync();
        await Screenshots.SaveAsync(page, "mass-sign-3-progress");
        var results = page.Locator("[data-testid=mass-results]");
        await results.Or(page.Locator("[data-testid=mass-error]")).Or(page.Locator("[data-testid=mass-limit-error]")).First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await Screenshots.SaveAsync(page, "mass-sign-4-results");
        Assert.True(await results.IsVisibleAsync(), await page.Locator(".mud-main-content").InnerTextAsync());
        var progress = await page.EvaluateAsync<string[]>("() => window.__massProgress");
        var succeeded = await results.Locator("[data-result=ok]").CountAsync();
        var signed = await MassSigningDesk.CountSignedAsync(api, documentIds);

        Assert.Equal(DocumentCount, succeeded);
        Assert.Equal(DocumentCount, signed);
        Assert.True(
            progress.Count(text => text.StartsWith("Подписано ", StringComparison.Ordinal)) > 2,
            $"The progress line showed only: {string.Join(" | ", progress)}");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Отправляем {DocumentCount} подписей на сервер…"), progress);
        Assert.False(await table.IsVisibleAsync());
    }

    /// <summary>Records every text the progress line shows, so that a fast run still proves the bar moved.</summary>
    private static async Task WatchProgressAsync(IPage page) => await page.EvaluateAsync("""
        () => {
          window.__massProgress = [];
          const record = () => {
            const line = document.querySelector('[data-testid=mass-progress-text]');
            const text = line?.textContent?.trim();
            if (text && window.__massProgress[window.__massProgress.length - 1] !== text) {
              window.__massProgress.push(text);
            }
          };
          new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """);
}
