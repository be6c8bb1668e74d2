using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Pages;

internal static class CabinetSession
{
    /// <summary>Signs in as the demo director through the demo test signer and waits for the inbox.</summary>
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await page.Locator("[data-testid=sign-in]").ClickAsync();
        var chooser = page.Locator("[data-testid=profile-chooser]");
        var nav = page.Locator("[data-testid=cabinet-nav]");
        var error = page.Locator("[data-testid=login-error]");
        await chooser.Or(nav).Or(error).First.WaitForAsync();
        if (await error.IsVisibleAsync())
        {
            Assert.Fail($"Login failed: {await error.InnerTextAsync()}");
        }

        if (await chooser.IsVisibleAsync())
        {
            await chooser.Locator(".mud-list-item").First.ClickAsync();
        }

        await nav.WaitForAsync();
    }
}
