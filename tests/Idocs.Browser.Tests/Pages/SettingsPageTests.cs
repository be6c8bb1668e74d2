using System.Text.Json;
using Idocs.Browser.Tests.Hosting;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Pages;

public sealed class SettingsPageTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    [Fact]
    public async Task NotificationSettings_ToggleAndSave_KeepsChoiceAfterReload()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);

        await page.GotoAsync("/settings");
        var rejected = page.Locator("[data-testid=notification-Rejected] input");
        await rejected.WaitForAsync();
        var before = await rejected.IsCheckedAsync();
        await ClickUntilAsync(page, rejected, !before);
        await page.Locator("[data-testid=notification-save]").ClickAsync();
        await page.Locator("[data-testid=notification-saved]").WaitForAsync();
        await Screenshots.SaveAsync(page, "settings-notifications-saved");
        await page.ReloadAsync();
        var reloaded = page.Locator("[data-testid=notification-Rejected] input");
        await reloaded.WaitForAsync();
        var after = await reloaded.IsCheckedAsync();
        var stored = await page.Context.APIRequest.GetAsync("/api/v1/me/notification-settings");
        var events = (await stored.JsonAsync())!.Value.GetProperty("emailEvents").EnumerateArray().Select(item => item.GetString()).ToList();

        Assert.Equal(!before, after);
        Assert.Equal(!before, events.Contains("rejected", StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CompanyProfile_DemoDirector_ShowsDetailsAndRequestForm()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);

        await page.GotoAsync("/settings");
        await page.Locator("[data-testid=notification-events]").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Профиль компании" }).ClickAsync();
        var details = page.Locator("[data-testid=profile-details]");
        await details.WaitForAsync();
        await Screenshots.SaveAsync(page, "settings-company-profile");

        Assert.Contains("150340001236", await details.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=director-change-form]").IsVisibleAsync());
    }

    /// <summary>Clicks a checkbox until it shows <paramref name="wanted"/>; the first click may land before the circuit is connected.</summary>
    private static async Task ClickUntilAsync(IPage page, ILocator checkbox, bool wanted)
    {
        for (var attempt = 0; attempt < 10 && await checkbox.IsCheckedAsync() != wanted; attempt++)
        {
            await checkbox.ClickAsync();
            await page.WaitForTimeoutAsync(300);
        }
    }
}
