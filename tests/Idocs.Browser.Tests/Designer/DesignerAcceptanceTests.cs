using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Web.Api.Accounts;
using Idocs.Web.Api.Documents.Contracts;
using Idocs.Web.Demo;
using Microsoft.Playwright;
using PdfSharp.Pdf;

namespace Idocs.Browser.Tests.Designer;

/// <summary>
/// The designer on the real platform (PostgreSQL, certificate logins): the demo director draws and
/// publishes a route in the cabinet, and an invited employee starts documents on it through the API.
/// The director approves the large amounts by person; the accountant, invited as the deputy, the rest.
/// </summary>
public sealed class DesignerAcceptanceTests(DemoPlatformFixture platform) : IClassFixture<DemoPlatformFixture>
{
    private const string DefinitionId = "amount-approval";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AmountRoute_DrawnPublishedAndStarted_ReachesDirectorOrDeputyByAmount()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        using var director = await PlatformAccount.LoginAsync(platform, DemoCast.DirectorA);
        var deputyId = await InviteAsync(director, DemoCast.AccountantA, []);
        await InviteAsync(director, DemoCast.ManagerA, ["createDocuments", "internalDocuments"]);
        var directorId = (await director.GetAsync<List<EmployeeView>>("/api/v1/employees")).Single(employee => employee.Iin == DemoCast.DirectorA.Iin).EmployeeId;
        using var deputy = await PlatformAccount.LoginAsync(platform, DemoCast.AccountantA);
        using var author = await PlatformAccount.LoginAsync(platform, DemoCast.ManagerA);
        var page = await OpenWidePageAsync();
        await CabinetSession.SignInAsync(page);

        await Assertions.Expect(page.GetByTestId("nav-designer")).ToBeVisibleAsync();
        await page.GotoAsync("/designer");
        await DrawAndPublishAsync(page, directorId, deputyId);
        var large = await CreateAndStartAsync(author, 1_500_000m);
        var small = await CreateAndStartAsync(author, 500_000m);

        var directorInbox = (await director.GetAsync<List<InboxItemResponse>>("/api/v1/inbox")).Select(item => item.DocumentId).ToList();
        var deputyInbox = (await deputy.GetAsync<List<InboxItemResponse>>("/api/v1/inbox")).Select(item => item.DocumentId).ToList();
        Assert.Contains(large, directorInbox);
        Assert.DoesNotContain(small, directorInbox);
        Assert.Contains(small, deputyInbox);
        Assert.DoesNotContain(large, deputyInbox);
        // The cabinet's inbox page does not list documents yet, so the screenshot shows the director's inbox as the API returns it to their browser session.
        await page.GotoAsync("/api/v1/inbox");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(large.ToString("D"));
        await Screenshots.SaveAsync(page, "designer-amount-route-director-inbox");
    }

    [Fact]
    public async Task TemplatesPage_DirectorCreatesGeneratedPdfTemplate_ListsIt()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await platform.EnsureDirectorRegisteredAsync();
        var page = await OpenWidePageAsync();
        await CabinetSession.SignInAsync(page);
        await Assertions.Expect(page.GetByTestId("nav-templates")).ToBeVisibleAsync();
        await page.GotoAsync("/templates");
        var error = page.GetByTestId("state-error");
        try
        {
            await page.GetByTestId("template-new").Or(error).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await Screenshots.SaveAsync(page, "templates-page-not-open");
            Assert.Fail($"The templates page did not open at {page.Url}: {await page.Locator("body").InnerTextAsync()}");
        }

        if (await error.IsVisibleAsync())
        {
            Assert.Fail($"The templates page did not open: {await error.InnerTextAsync()}");
        }

        // The button responds only once the circuit is interactive, so the click is repeated until the editor opens.
        var editor = page.GetByTestId("template-editor");
        for (var attempt = 0; attempt < 20 && !await editor.IsVisibleAsync(); attempt++)
        {
            await page.GetByTestId("template-new").ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }


        await InputOf(page, "template-name").FillAsync("Служебная записка");
        await page.GetByTestId("template-layout-pdf").ClickAsync();
        await InputOf(page, "field-name").FillAsync("subject");
        await InputOf(page, "field-label").FillAsync("Тема");
        await page.GetByTestId("template-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("template-status")).ToContainTextAsync("Служебная записка");
        await Assertions.Expect(page.GetByTestId("templates-table")).ToContainTextAsync("Тема");
        await Screenshots.SaveAsync(page, "templates-page-director");
    }

    /// <summary>The text input of a MudBlazor field, whether the test id lands on the input or on its wrapper.</summary>
    private static ILocator InputOf(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    private async Task<IPage> OpenWidePageAsync()
    {
        // The designer shows the catalog, the canvas and the side panel side by side, so it gets a wide window.
        var context = await platform.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = platform.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1700, Height = 1000 },
        });
        return await context.NewPageAsync();
    }

    private static async Task DrawAndPublishAsync(IPage page, Guid directorId, Guid deputyId)
    {
        var canvas = new CanvasDriver(page);
        await canvas.NewRouteAsync(DefinitionId);
        await canvas.AddAsync("Decision", "decision-1");
        await canvas.AddAsync("Approve", "approve-1");
        await canvas.AddAsync("Approve", "approve-2");
        await canvas.AddAsync("End", "end-1");
        await canvas.FitAsync();
        await canvas.SelectAsync("decision-1");
        await page.GetByTestId("input-condition").FillAsync("amount > 1000000");
        await page.GetByTestId("input-condition").BlurAsync();
        await canvas.ApplyAsync();
        await SetPersonAsync(page, canvas, "approve-1", directorId);
        await SetPersonAsync(page, canvas, "approve-2", deputyId);
        await canvas.ConnectAsync("start", "Done", "decision-1");
        await canvas.ConnectAsync("decision-1", "True", "approve-1");
        await canvas.ConnectAsync("decision-1", "False", "approve-2");
        await canvas.ConnectAsync("approve-1", "Approved", "end-1");
        await canvas.ConnectAsync("approve-2", "Approved", "end-1");
        await Assertions.Expect(canvas.Canvas).ToHaveAttributeAsync("data-connections", "5");
        await Assertions.Expect(page.GetByTestId("problems")).ToHaveCountAsync(0);
        await canvas.WaitSavedAsync();

        await page.GetByTestId("publish").ClickAsync();

        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync(DefinitionId);
        await Screenshots.SaveAsync(page, "designer-amount-route-published");
    }

    private static async Task SetPersonAsync(IPage page, CanvasDriver canvas, string activityId, Guid employeeId)
    {
        await canvas.SelectAsync(activityId);
        await page.GetByTestId("add-participant-participants").ClickAsync();
        await page.GetByTestId("participant-kind-participants").SelectOptionAsync("user");
        await page.GetByTestId("participant-value-participants").FillAsync(employeeId.ToString("D"));
        await canvas.ApplyAsync();
    }

    private static async Task<Guid> InviteAsync(PlatformAccount director, DemoPerson person, string[] rights)
    {
        var invited = await director.SendAsync<EmployeeView>(
            HttpMethod.Post,
            "/api/v1/employees",
            JsonContent.Create(new { iin = person.Iin, email = person.Email, fullName = person.FullName, role = "employee", rights }),
            HttpStatusCode.Created);
        return invited.EmployeeId;
    }

    /// <summary>Uploads an internal document with the amount, as the cabinet's create page does, and starts the drawn route on it.</summary>
    private static async Task<Guid> CreateAndStartAsync(PlatformAccount author, decimal amount)
    {
        var amountText = amount.ToString(CultureInfo.InvariantCulture);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Internal"), "kind" },
            { new StringContent("ORD-" + amountText), "number" },
            { new StringContent("2026-12-05"), "date" },
            { new StringContent("Заявка на оплату " + amountText), "title" },
            { new StringContent(amountText), "amount" },
            { new StringContent("KZT"), "currency" },
        };
        var file = new ByteArrayContent(PdfWithTitle("Заявка " + amountText));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "request.pdf");
        var created = await author.SendAsync<DocumentResponse>(HttpMethod.Post, "/api/v1/documents", form, HttpStatusCode.Created);

        var started = await author.SendAsync<RouteStartedResponse>(
            HttpMethod.Post, $"/api/v1/documents/{created.Id}/route", JsonContent.Create(new { templateId = DefinitionId }), HttpStatusCode.OK);

        Assert.Equal(DefinitionId, started.DefinitionId);
        return created.Id;
    }

    private static byte[] PdfWithTitle(string title)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
