using Idocs.Browser.Tests.Hosting;

namespace Idocs.Browser.Tests.Pages;

public sealed class EmployeesPageTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Employees_DemoDirector_ListsDirectorWithRights()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);

        await page.Locator("[data-testid=cabinet-nav]").GetByText("Сотрудники").ClickAsync();
        var table = page.Locator("[data-testid=employees-table]");
        await table.Or(page.Locator("[data-testid=state-error]")).First.WaitForAsync();
        await Screenshots.SaveAsync(page, "employees-demo-director");
        var text = await table.InnerTextAsync();

        Assert.Contains("800315300129", text, StringComparison.Ordinal);
        Assert.Contains("Руководитель", text, StringComparison.Ordinal);
        Assert.Contains("Управление сотрудниками", text, StringComparison.Ordinal);
    }
}
