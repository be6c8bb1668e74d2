using System.Globalization;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Web.Demo;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

/// <summary>
/// The inbox of a director with 10,000 documents waiting for approval. The test reports how long
/// the first page takes to show in the browser and asserts only what the page shows, never the time.
/// </summary>
public sealed class InboxLoadTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private const int Waiting = 10_000;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Inbox_TenThousandWaiting_RendersFirstPage()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);
        var setup = DocumentSetup.For(page);
        var director = await setup.FindEmployeeAsync(DemoCast.DirectorA.Iin);
        var template = await setup.UploadInternalAsync("LOAD-0", "Заявка на оплату");
        await setup.StartRouteAsync(template, director, "approve", "sign");
        await InboxSeeder.CopyAsync(platform.ConnectionString, template, Waiting - 1, Token);

        // The first visit runs in a server process that has not yet served the inbox, so it may also pay
        // for compiling the inbox query and its components. The repeat visit is what a returning user gets.
        var firstVisit = await MeasureFirstRowAsync(page);
        var repeatVisit = await MeasureFirstRowAsync(page);
        await page.Locator("[data-testid=document-folder][data-ready=true]").WaitForAsync();
        var screenshot = await Screenshots.SaveAsync(page, "inbox-10000-first-page");
        var rows = await page.Locator("[data-testid=document-list] tbody tr").CountAsync();
        var stepsText = await page.Locator("[data-testid=inbox-steps]").InnerTextAsync();
        var loadMore = await page.Locator("[data-testid=load-more]").CountAsync();

        var report = string.Create(
            CultureInfo.InvariantCulture,
            $"Inbox with {Waiting} waiting items, first row visible after navigation start (performance.now() in Chromium): first visit {firstVisit:F0} ms, repeat visit {repeatVisit:F0} ms; {rows} rows on the first page; screenshot {screenshot}");
        TestContext.Current.SendDiagnosticMessage(report);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(Screenshots.Folder, "inbox-10000-first-page.txt"), report + Environment.NewLine, Token);

        Assert.Equal(50, rows);
        Assert.Contains(Waiting.ToString(CultureInfo.InvariantCulture), stepsText, StringComparison.Ordinal);
        Assert.Equal(1, loadMore);
    }

    /// <summary>Opens the inbox and returns the browser's time from navigation start until the first row has a layout box.</summary>
    private static async Task<double> MeasureFirstRowAsync(IPage page)
    {
        await page.GotoAsync("/external/new");
        await page.Locator("[data-testid=document-folder][data-ready=true]").WaitForAsync();
        await page.GotoAsync("/inbox", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var firstRow = await page.WaitForFunctionAsync(
            """
            () => {
              const row = document.querySelector('[data-testid=document-list] tbody tr');
              return row && row.getBoundingClientRect().height > 0 ? performance.now() : null;
            }
            """,
            null,
            new PageWaitForFunctionOptions { PollingInterval = 5, Timeout = 120_000 });
        return await firstRow.JsonValueAsync<double>();
    }
}
