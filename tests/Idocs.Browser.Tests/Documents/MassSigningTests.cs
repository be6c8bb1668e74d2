using System.Globalization;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Web.Demo;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

public sealed class MassSigningTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private const int DocumentCount = 30;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string ContractPath => Path.Combine(AppContext.BaseDirectory, "TestData", "qpdf__11-pages-with-labels.pdf");

    [Fact]
    public async Task MassSign_ThirtyWaitingDocuments_SignsAllWithProgress()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);
        var api = await CabinetApi.ForAsync(page);
        var documentIds = await SeedWaitingDocumentsAsync(api);

        await page.Locator("[data-testid=nav-mass]").ClickAsync();
        var table = page.Locator("[data-testid=mass-table]");
        await table.WaitForAsync();
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await Screenshots.SaveAsync(page, "mass-sign-1-waiting");
        await table.Locator("thead input[type=checkbox]").CheckAsync();
        await WatchProgressAsync(page);
        await Screenshots.SaveAsync(page, "mass-sign-2-selected");
        await page.Locator("[data-testid=mass-sign]").ClickAsync();
        await page.Locator("[data-testid=mass-progress]").WaitForAsync();
        await Screenshots.SaveAsync(page, "mass-sign-3-progress");
        var results = page.Locator("[data-testid=mass-results]");
        await results.Or(page.Locator("[data-testid=mass-error]")).Or(page.Locator("[data-testid=mass-limit-error]")).First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await Screenshots.SaveAsync(page, "mass-sign-4-results");
        Assert.True(await results.IsVisibleAsync(), await page.Locator("main").InnerTextAsync());
        var progress = await page.EvaluateAsync<string[]>("() => window.__massProgress");
        var succeeded = await results.Locator("[data-result=ok]").CountAsync();
        var signed = await CountSignedAsync(api, documentIds);

        Assert.Equal(DocumentCount, succeeded);
        Assert.Equal(DocumentCount, signed);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Подписано {DocumentCount} из {DocumentCount}"), progress);
        Assert.True(progress.Length > 2, $"The progress bar showed only: {string.Join(" | ", progress)}");
    }

    private static async Task<List<Guid>> SeedWaitingDocumentsAsync(CabinetApi api)
    {
        var director = await api.EmployeeIdAsync(DemoCast.DirectorA.Iin);
        var ids = new List<Guid>(DocumentCount);
        for (var index = 1; index <= DocumentCount; index++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"M-{index:000}");
            var document = await api.UploadAsync(ContractPath, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = "Internal",
                ["number"] = number,
                ["date"] = "2026-12-05",
                ["title"] = "Приказ " + number,
            });
            var id = document.GetProperty("id").GetGuid();
            await api.PostJsonAsync($"/api/v1/documents/{id}/route", new
            {
                stages = new[] { new { kind = "sign", employeeIds = new[] { director }, completion = "all-of" } },
            });
            ids.Add(id);
        }

        return ids;
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

    private static async Task<int> CountSignedAsync(CabinetApi api, IEnumerable<Guid> documentIds)
    {
        var signed = 0;
        foreach (var id in documentIds)
        {
            var document = await api.GetAsync($"/api/v1/documents/{id}");
            if (document.GetProperty("signatures").GetArrayLength() == 1 && document.GetProperty("status").GetString() != "OnSigning")
            {
                signed++;
            }
        }

        return signed;
    }
}
