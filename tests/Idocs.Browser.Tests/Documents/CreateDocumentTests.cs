using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Documents.Profiles;
using Idocs.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

public sealed class CreateDocumentTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private const string ManagerName = "Петров Илья";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateDocument_EmployeeBuildsRoute_WaitsForApproval()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var directorPage = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(directorPage);
        var directorApi = await CabinetApi.ForAsync(directorPage);

        // The demo seed already adds the manager and registers company B; the steps below cover a
        // platform without them.
        if (!await directorApi.HasEmployeeAsync(DemoCast.ManagerA.Iin))
        {
            await directorApi.PostJsonAsync("/api/v1/employees", new
            {
                iin = DemoCast.ManagerA.Iin,
                email = DemoCast.ManagerA.Email,
                fullName = ManagerName,
                role = "employee",
                rights = new[] { "createDocuments" },
            });
        }

        if (!await IsRegisteredAsync(DemoCast.CompanyB.Bin))
        {
            await using var companyBSigner = await PersonSigner.StartAsync(platform, DemoCast.DirectorB);
            await RegisterAsync(await companyBSigner.OpenPageAsync(platform), "create-0-company-b-registered");
        }

        await using var managerSigner = await PersonSigner.StartAsync(platform, DemoCast.ManagerA);
        var page = await managerSigner.OpenPageAsync(platform);
        await CabinetSession.SignInAsync(page);
        var managerName = await directorApi.EmployeeNameAsync(DemoCast.ManagerA.Iin);
        var directorName = await directorApi.EmployeeNameAsync(DemoCast.DirectorA.Iin);

        await page.Locator("[data-testid=nav-create-document]").ClickAsync();
        await page.Locator("[data-testid=upload-zone][data-ready=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "create-1-empty");
        await page.Locator("[data-testid=file-input]").SetInputFilesAsync(new FilePayload
        {
            Name = "setup.exe",
            MimeType = "application/octet-stream",
            Buffer = [0x4D, 0x5A, 0x90, 0x00],
        });
        var fileError = page.Locator("[data-testid=file-error]");
        await fileError.WaitForAsync();
        await Screenshots.SaveAsync(page, "create-2-wrong-type");
        var fileErrorText = await fileError.InnerTextAsync();
        await page.Locator("[data-testid=chosen-files] button").First.ClickAsync();
        await fileError.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await page.Locator("[data-testid=file-input]").SetInputFilesAsync(MassSigningDesk.ContractPath);
        await page.Locator("[data-testid=chosen-files]").GetByText("qpdf__11-pages-with-labels.pdf").WaitForAsync();
        await page.Locator("[data-testid=create-submit]").ClickAsync();
        var errors = page.Locator("[data-testid=create-errors]");
        await errors.WaitForAsync();
        await Screenshots.SaveAsync(page, "create-3-validation");
        var validation = await errors.InnerTextAsync();
        await Input(page, "field-title").FillAsync("Договор поставки № 7");
        await Input(page, "field-number").FillAsync("A-2026-007");
        await Input(page, "field-amount").FillAsync("4500000");
        await Input(page, "counterparty-identifier").FillAsync(DemoCast.CompanyB.Bin);
        await Input(page, "counterparty-identifier").PressAsync("Tab");
        var match = page.Locator("[data-testid=counterparty-match]");
        await match.WaitForAsync();
        var matchText = await match.InnerTextAsync();
        await ChooseParticipantAsync(page, 0, managerName);
        await ChooseParticipantAsync(page, 1, directorName);
        await errors.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        await Screenshots.SaveAsync(page, "create-4-route");
        await page.Locator("[data-testid=create-submit]").ClickAsync();
        var success = page.Locator("[data-testid=create-success]");
        await success.Or(errors).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "create-5-started");
        if (!await success.IsVisibleAsync())
        {
            Assert.Fail(await errors.InnerTextAsync());
        }

        var documentId = Guid.Parse((await page.Locator("[data-testid=created-document-link]").GetAttributeAsync("data-document-id"))!);
        var managerApi = await CabinetApi.ForAsync(page);
        var inbox = await managerApi.GetAsync("/api/v1/inbox");
        var document = await managerApi.GetAsync($"/api/v1/documents/{documentId}");

        Assert.Contains("setup.exe", fileErrorText, StringComparison.Ordinal);
        Assert.Contains("Укажите название документа.", validation, StringComparison.Ordinal);
        Assert.Contains("Бета Строй", matchText, StringComparison.Ordinal);
        Assert.Contains(inbox.EnumerateArray(), item =>
            item.GetProperty("documentId").GetGuid() == documentId && item.GetProperty("step").GetString() == "Approve");
        Assert.Equal(DemoCast.CompanyB.Bin, document.GetProperty("counterparty").GetProperty("identifier").GetString());
        Assert.Equal("qpdf__11-pages-with-labels.pdf", document.GetProperty("files")[0].GetProperty("fileName").GetString());
    }

    internal static ILocator Input(IPage page, string testId) =>
        page.Locator($"[data-testid={testId}]").Locator("xpath=descendant-or-self::input").First;

    internal static async Task ChooseParticipantAsync(IPage page, int stage, string name)
    {
        await page.Locator("[data-testid=route-stage]").Nth(stage).Locator(".mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = name }).First.ClickAsync();

        // A multi-select stays open after a choice. A click outside it, on the page heading, closes it.
        await page.Locator("h1").ClickAsync(new LocatorClickOptions { Force = true });
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    private async Task<bool> IsRegisteredAsync(string bin)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProfileStore>().FindByIdentificationNumberAsync(bin, Token) is not null;
    }

    private static async Task RegisterAsync(IPage page, string screenshot)
    {
        await page.GotoAsync("/register");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await page.Locator("[data-testid=register]").ClickAsync();
        var error = page.Locator("[data-testid=register-error]");
        await page.Locator("[data-testid=cabinet-nav]").Or(error).First.WaitForAsync();
        await Screenshots.SaveAsync(page, screenshot);
        Assert.False(await error.IsVisibleAsync(), "Company B could not register.");
        await page.Context.CloseAsync();
    }
}
