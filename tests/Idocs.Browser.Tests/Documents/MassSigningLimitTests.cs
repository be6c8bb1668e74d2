using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;

namespace Idocs.Browser.Tests.Documents;

public sealed class MassSigningLimitTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private const int DocumentCount = BillingSeed.StandardMassLimit + 1;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MassSign_OverStandardLimit_RefusesBeforeSigning()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        var (page, api) = await MassSigningDesk.SignInOnStandardPlanAsync(platform);
        var documentIds = await MassSigningDesk.SeedWaitingAsync(api, DocumentCount);
        await MassSigningDesk.SelectAllAsync(page, "mass-limit");

        await page.Locator("[data-testid=mass-sign]").ClickAsync();
        var limitError = page.Locator("[data-testid=mass-limit-error]");
        await limitError.WaitForAsync();
        await Screenshots.SaveAsync(page, "mass-limit-3-refused");
        var message = await limitError.InnerTextAsync();
        var signed = await MassSigningDesk.CountSignedAsync(api, documentIds);

        Assert.Contains("Выбрано документов: 31", message, StringComparison.Ordinal);
        Assert.Contains("не больше 30", message, StringComparison.Ordinal);
        Assert.Equal(0, signed);
        Assert.False(await page.Locator("[data-testid=mass-results]").IsVisibleAsync());
    }
}
