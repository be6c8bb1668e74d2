using Idocs.Browser.Tests.Hosting;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Pages;

public sealed class LoginPageTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_DemoSigner_OffersKeyStorage()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();

        await page.GotoAsync("/login");
        var storage = page.Locator("[data-testid=storage-choice]");
        await storage.WaitForAsync();
        await Screenshots.SaveAsync(page, "login-demo-signer-ready");

        Assert.Contains("Файл ключа (PKCS#12)", await storage.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("NCALayer подключён", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=sign-in]").IsEnabledAsync());
    }

    [Fact]
    public async Task Login_DemoDirector_OpensInbox()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var page = await platform.OpenPageAsync();

        await CabinetSession.SignInAsync(page);
        await Screenshots.SaveAsync(page, "login-demo-director-inbox");

        Assert.EndsWith("/inbox", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Ждут меня", await page.Locator("[data-testid=cabinet-nav]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cabinet_KazakhAndEnglish_TranslateNavigation()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);

        await SwitchLanguageAsync(page, "kk");
        var kazakhNavigation = await page.Locator("[data-testid=cabinet-nav]").InnerTextAsync();
        await Screenshots.SaveAsync(page, "cabinet-inbox-kk");
        await SwitchLanguageAsync(page, "en");
        var englishNavigation = await page.Locator("[data-testid=cabinet-nav]").InnerTextAsync();
        await Screenshots.SaveAsync(page, "cabinet-inbox-en");

        Assert.Contains("Мені күтуде", kazakhNavigation, StringComparison.Ordinal);
        Assert.Contains("Қызметкерлер", kazakhNavigation, StringComparison.Ordinal);
        Assert.Contains("Waiting for me", englishNavigation, StringComparison.Ordinal);
        Assert.Contains("Employees", englishNavigation, StringComparison.Ordinal);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task LanguageSwitch_English_TranslatesLoginPage()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();
        await page.GotoAsync("/login");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();

        await SwitchLanguageAsync(page, "en");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await Screenshots.SaveAsync(page, "login-en");

        Assert.Equal("Sign in with a digital signature", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.EndsWith("/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_KazakhCookie_ShowsKazakhPage()
    {
        platform.SkipIfUnavailable();
        var page = await platform.OpenPageAsync();

        await page.GotoAsync("/culture?culture=kk&returnUrl=/login");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await Screenshots.SaveAsync(page, "login-kk");

        Assert.Equal("ЭЦҚ арқылы кіру", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("kk", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Кілт файлы (PKCS#12)", await page.Locator("[data-testid=storage-choice]").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Chooses a language in the app bar menu and waits for the page to load in it.</summary>
    private static async Task SwitchLanguageAsync(IPage page, string culture)
    {
        await page.Locator("[data-testid=language-switch] button").First.ClickAsync();
        await page.Locator($"[data-testid=language-{culture}]").ClickAsync();
        await page.WaitForFunctionAsync($"document.documentElement.lang === '{culture}'");
    }
}
