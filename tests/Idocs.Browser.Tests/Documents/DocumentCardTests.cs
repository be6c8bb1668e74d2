using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Web.Demo;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

/// <summary>
/// The document page in Russian on the demo platform. The demo test signer has a key only for the
/// demo director, so the director both writes the document through the API and acts on it in the browser.
/// </summary>
public sealed class DocumentCardTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Card_RejectWithReason_AuthorSeesReason()
    {
        const string Title = "Служебная записка о закупке ноутбуков";
        const string Reason = "Нет сметы: приложите расчёт стоимости и согласуйте с бухгалтерией.";
        var page = await SignInAsync();
        var setup = DocumentSetup.For(page);
        var director = await setup.FindEmployeeAsync(DemoCast.DirectorA.Iin);
        var documentId = await setup.UploadInternalAsync("REJ-001", Title);
        await setup.StartRouteAsync(documentId, director, "approve", "sign");

        await page.GotoAsync("/inbox");
        await WaitReadyAsync(page, "[data-testid=document-folder]");
        await Screenshots.SaveAsync(page, "card-reject-1-inbox");
        await page.Locator("[data-testid=document-row-link]", new() { HasText = Title }).ClickAsync();
        await WaitReadyAsync(page, "[data-testid=document-page]");
        await page.Locator("[data-testid=action-reject]").ClickAsync();
        await ReasonInput(page).FillAsync(Reason);
        await Screenshots.SaveAsync(page, "card-reject-2-dialog");
        await page.Locator("[data-testid=reason-confirm]").ClickAsync();
        await page.Locator("[data-testid=rejection-reason]").Or(page.Locator("[data-testid=action-error]")).First.WaitForAsync();
        await Screenshots.SaveAsync(page, "card-reject-3-rejected");
        await FailOnActionErrorAsync(page);

        await page.GotoAsync("/internal");
        await WaitReadyAsync(page, "[data-testid=document-folder]");
        var row = page.Locator("[data-testid=document-list] tbody tr", new() { HasText = Title });
        await row.WaitForAsync();
        var rowText = await row.InnerTextAsync();
        await Screenshots.SaveAsync(page, "card-reject-4-author-list");
        await page.GotoAsync($"/documents/{documentId}");
        await WaitReadyAsync(page, "[data-testid=document-page]");
        var reasonText = await page.Locator("[data-testid=rejection-reason]").InnerTextAsync();
        var statusText = await page.Locator("[data-testid=document-status]").InnerTextAsync();
        var timelineText = await page.Locator("[data-testid=route-timeline]").InnerTextAsync();
        await OpenPassportTabAsync(page);
        var passportText = await page.Locator("[data-testid=passport-table]").InnerTextAsync();
        var approveButtons = await page.Locator("[data-testid=action-approve]").CountAsync();
        var rejectButtons = await page.Locator("[data-testid=action-reject]").CountAsync();
        await Screenshots.SaveAsync(page, "card-reject-5-author-card");

        Assert.Contains("Отклонён", rowText, StringComparison.Ordinal);
        Assert.Equal("Отклонён", statusText.Trim());
        Assert.Contains(Reason, reasonText, StringComparison.Ordinal);
        Assert.Contains("Отклонено: " + DemoCast.DirectorA.Surname, timelineText, StringComparison.Ordinal);
        Assert.Contains("Запущен маршрут", passportText, StringComparison.Ordinal);
        Assert.Contains("Отклонён", passportText, StringComparison.Ordinal);
        Assert.Equal(0, approveButtons);
        Assert.Equal(0, rejectButtons);
    }

    [Fact]
    public async Task Card_SignWithTestSigner_SignatureValid()
    {
        const string Title = "Приказ о премировании по итогам года";
        var page = await SignInAsync();
        var setup = DocumentSetup.For(page);
        var director = await setup.FindEmployeeAsync(DemoCast.DirectorA.Iin);
        var documentId = await setup.UploadInternalAsync("SIGN-001", Title);
        await setup.StartRouteAsync(documentId, director, "sign");

        await page.GotoAsync($"/documents/{documentId}");
        await WaitReadyAsync(page, "[data-testid=document-page]");
        var previews = await page.Locator("iframe[data-testid=preview-pdf]").CountAsync();
        var preview = await page.Context.APIRequest.GetAsync(
            await page.Locator("iframe[data-testid=preview-pdf]").GetAttributeAsync("src") ?? string.Empty);
        await Screenshots.SaveAsync(page, "card-sign-1-before");
        await page.Locator("[data-testid=action-sign]").ClickAsync();
        await page.Locator("[data-testid=action-done]").Or(page.Locator("[data-testid=action-error]")).First.WaitForAsync();
        await Screenshots.SaveAsync(page, "card-sign-2-signed");
        await FailOnActionErrorAsync(page);
        var statusText = await page.Locator("[data-testid=document-status]").InnerTextAsync();
        var checkText = await page.Locator("[data-testid=signature-check]").InnerTextAsync();
        var signersText = await page.Locator("[data-testid=signatures-table]").InnerTextAsync();
        var signButtons = await page.Locator("[data-testid=action-sign]").CountAsync();
        var archive = await page.Context.APIRequest.GetAsync($"/api/v1/documents/{documentId}/archive");
        var archiveBytes = await archive.BodyAsync();
        if (!archive.Ok)
        {
            Assert.Fail($"The archive download failed: HTTP {archive.Status} {Encoding.UTF8.GetString(archiveBytes)}");
        }

        using var zip = new ZipArchive(new MemoryStream(archiveBytes), ZipArchiveMode.Read);
        var entries = zip.Entries.Select(entry => entry.FullName).ToList();

        Assert.Equal(1, previews);
        Assert.Equal(200, preview.Status);
        Assert.Equal("application/pdf", preview.Headers["content-type"]);
        Assert.Equal("Подписан всеми сторонами", statusText.Trim());
        Assert.Equal("Действительна", checkText.Trim());
        Assert.Contains(DemoCast.DirectorA.Iin, signersText, StringComparison.Ordinal);
        Assert.Equal(0, signButtons);
        Assert.Equal("application/zip", archive.Headers["content-type"]);
        Assert.Contains("manifest.json", entries);
        Assert.Contains(entries, entry => entry.EndsWith(".p7s", StringComparison.Ordinal));
    }

    private async Task<IPage> SignInAsync()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);
        return page;
    }

    /// <summary>Waits until the circuit has rendered the component with its data, so clicks reach its handlers.</summary>
    internal static Task WaitReadyAsync(IPage page, string selector) =>
        page.Locator(selector + "[data-ready=true]").WaitForAsync();

    /// <summary>MudBlazor puts a text field's attributes on the textarea or on its wrapper, depending on the version.</summary>
    private static ILocator ReasonInput(IPage page) =>
        page.Locator("textarea[data-testid=reason-input], [data-testid=reason-input] textarea").First;

    private static async Task FailOnActionErrorAsync(IPage page)
    {
        var error = page.Locator("[data-testid=action-error]");
        if (await error.IsVisibleAsync())
        {
            Assert.Fail($"The document action failed: {await error.InnerTextAsync()}");
        }
    }

    /// <summary>
    /// Clicks the passport tab until its table shows, because a click that lands while the page is
    /// still becoming interactive is lost.
    /// </summary>
    private static async Task OpenPassportTabAsync(IPage page)
    {
        var tab = page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("Паспорт документа", RegexOptions.IgnoreCase) });
        var table = page.Locator("[data-testid=passport-table]");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await tab.ClickAsync();
            try
            {
                await table.WaitForAsync(new LocatorWaitForOptions { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException)
            {
                // The click came before the page listened; click again.
            }
        }

        Assert.Fail("The passport tab did not show its table after ten clicks.");
    }
}
