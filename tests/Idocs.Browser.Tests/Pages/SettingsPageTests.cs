using Idocs.Browser.Tests.Hosting;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Pages;

public sealed class SettingsPageTests(SeededDemoPlatformFixture platform) : IClassFixture<SeededDemoPlatformFixture>
{
    [Fact]
    public async Task NotificationSettings_ToggleAndSave_KeepsChoiceAfterReload()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);

        await page.GotoAsync("/settings");
        var events = page.Locator("[data-testid=notification-events]");
        await events.WaitForAsync();
        var rejected = events.Locator("label").Filter(new LocatorFilterOptions { HasText = "Документ отклонён" });
        var before = await rejected.Locator("input").IsCheckedAsync();
        await ClickUntilAsync(page, rejected, !before);
        await page.Locator("[data-testid=notification-save]").ClickAsync();
        await page.Locator("[data-testid=notification-saved]").WaitForAsync();
        await Screenshots.SaveAsync(page, "settings-notifications-saved");
        await page.ReloadAsync();
        await page.Locator("[data-testid=notification-events]").WaitForAsync();
        var after = await page.Locator("[data-testid=notification-events] label").Filter(new LocatorFilterOptions { HasText = "Документ отклонён" })
            .Locator("input").IsCheckedAsync();
        var stored = await page.Context.APIRequest.GetAsync("/api/v1/me/notification-settings");
        var storedEvents = (await stored.JsonAsync())!.Value.GetProperty("emailEvents").EnumerateArray().Select(item => item.GetString()).ToList();

        Assert.Equal(!before, after);
        Assert.Equal(!before, storedEvents.Contains("rejected", StringComparer.OrdinalIgnoreCase));
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

    /// <summary>Clicks a checkbox's label until it shows <paramref name="wanted"/>; the first click may land before the circuit is connected.</summary>
    private static async Task ClickUntilAsync(IPage page, ILocator label, bool wanted)
    {
        for (var attempt = 0; attempt < 10 && await label.Locator("input").IsCheckedAsync() != wanted; attempt++)
        {
            await label.ClickAsync();
            await page.WaitForTimeoutAsync(300);
        }
    }
}
