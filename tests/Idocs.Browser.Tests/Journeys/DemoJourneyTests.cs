using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Web.Demo;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Journeys;

public sealed class DemoJourneyTests(SeededDemoPlatformFixture platform) : IClassFixture<SeededDemoPlatformFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_DirectorSignsWaitingDocument_EndsSigned()
    {
        platform.SkipIfUnavailable();
        var watch = Stopwatch.StartNew();
        var page = await platform.OpenPageAsync();

        await CabinetSession.SignInAsync(page);
        await Screenshots.SaveAsync(page, "demo-01-director-inbox");
        var documentId = await WaitingDocumentAsync(page);
        await page.GotoAsync("/sign");
        var queue = page.Locator("[data-testid=sign-queue]");
        await queue.WaitForAsync();
        var queued = await queue.InnerTextAsync();
        await page.GotoAsync($"/sign/{documentId:D}");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await Screenshots.SaveAsync(page, "demo-02-document-to-sign");
        await page.Locator("[data-testid=sign-document]").ClickAsync();
        var done = page.Locator("[data-testid=sign-done]");
        await done.Or(page.Locator("[data-testid=sign-error]")).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "demo-03-document-signed");
        var document = await GetJsonAsync(page, $"/api/v1/documents/{documentId:D}");
        watch.Stop();
        TestContext.Current.SendDiagnosticMessage($"Demo journey (log in, open the waiting document, sign through the test signer): {watch.ElapsedMilliseconds} ms");

        Assert.Contains(DemoCast.DirectorsFirstDocument.Title, queued, StringComparison.Ordinal);
        Assert.True(await done.IsVisibleAsync(), await page.Locator("body").InnerTextAsync());
        Assert.Equal(DemoCast.DirectorsFirstDocument.Title, document.GetProperty("title").GetString());
        Assert.Equal("Delivered", document.GetProperty("status").GetString());
        Assert.Equal(1, document.GetProperty("signatures").GetArrayLength());
        Assert.Equal(DemoCast.DirectorA.Iin, document.GetProperty("signatures")[0].GetProperty("signerIin").GetString());
    }

    [Fact]
    public async Task Demo_Seed_AddsCompanyAEmployees()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);

        var employees = await GetJsonAsync(page, "/api/v1/employees");

        Assert.Equal(3, employees.GetArrayLength());
    }

    /// <summary>The document the inbox lists as waiting for the director's signature.</summary>
    private static async Task<Guid> WaitingDocumentAsync(IPage page)
    {
        var inbox = await GetJsonAsync(page, "/api/v1/inbox");
        var waiting = inbox.EnumerateArray().Where(item => item.GetProperty("step").GetString() == "Sign").ToList();
        Assert.Single(waiting);
        return waiting[0].GetProperty("documentId").GetGuid();
    }

    /// <summary>Calls the API with the page's session cookie, as the page's own scripts do.</summary>
    private static async Task<JsonElement> GetJsonAsync(IPage page, string path)
    {
        var response = await page.Context.APIRequest.GetAsync(path);
        Assert.True(response.Ok, $"GET {path} returned {response.Status}: {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}
