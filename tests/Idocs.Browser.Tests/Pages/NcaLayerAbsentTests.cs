using Idocs.Browser.Tests.Hosting;

namespace Idocs.Browser.Tests.Pages;

public sealed class NcaLayerAbsentTests(NoSignerPlatformFixture platform) : IClassFixture<NoSignerPlatformFixture>
{
    [Fact]
    public async Task Login_NoNcaLayer_ShowsInstallGuidance()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, message) => pageErrors.Add(message);

        await page.GotoAsync("/login");
        var missing = page.Locator("[data-testid=ncalayer-missing]");
        await missing.WaitForAsync();
        await Screenshots.SaveAsync(page, "login-ncalayer-missing");
        var guidance = await missing.InnerTextAsync();

        Assert.Contains("NCALayer не найден", guidance, StringComparison.Ordinal);
        Assert.Contains("pki.gov.kz", guidance, StringComparison.Ordinal);
        Assert.False(await page.Locator("[data-testid=sign-in]").IsEnabledAsync());
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Login_NoNcaLayerRetry_KeepsPageWorking()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, message) => pageErrors.Add(message);
        await page.GotoAsync("/login");
        await page.Locator("[data-testid=ncalayer-missing]").WaitForAsync();

        await page.Locator("[data-testid=ncalayer-retry]").ClickAsync();
        await page.Locator("[data-testid=state-loading]").Or(page.Locator("[data-testid=ncalayer-missing]")).First.WaitForAsync();
        await page.Locator("[data-testid=ncalayer-missing]").WaitForAsync();
        await page.GetByText("Нет профиля? Зарегистрируйтесь").ClickAsync();
        await page.Locator("[data-testid=ncalayer-missing]").WaitForAsync();
        await Screenshots.SaveAsync(page, "register-ncalayer-missing");

        Assert.EndsWith("/register", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.False(await page.Locator("[data-testid=register]").IsEnabledAsync());
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task Login_NoNcaLayerEnglish_ShowsGuidance()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();

        await page.GotoAsync("/culture?culture=en&returnUrl=/login");
        var missing = page.Locator("[data-testid=ncalayer-missing]");
        await missing.WaitForAsync();
        await Screenshots.SaveAsync(page, "login-ncalayer-missing-en");

        Assert.Contains("NCALayer was not found", await missing.InnerTextAsync(), StringComparison.Ordinal);
    }
}
