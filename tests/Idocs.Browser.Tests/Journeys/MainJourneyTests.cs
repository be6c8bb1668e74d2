using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Idocs.Browser.Tests.Documents;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Signatures.Cms;
using Idocs.Signatures.Reports;
using Idocs.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Journeys;

/// <summary>
/// The main journey end to end: company A registers, its employee creates an outgoing document for a
/// registered company and an unregistered individual, everyone signs, and the archive verifies.
/// Each person works in their own browser context with their own test signer.
/// </summary>
public sealed partial class MainJourneyTests(JourneyPlatformFixture platform) : IClassFixture<JourneyPlatformFixture>
{
    private const string Title = "Договор поставки оборудования № 12";
    private const string SignedByAll = "Подписан всеми сторонами";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Journey_ThreePartiesSign_ArchiveVerifies()
    {
        platform.SkipIfUnavailable();
        await AuthEndpoints.SkipIfMissingAsync(platform.BaseAddress, Token);
        await using var directorSigner = await PersonSigner.StartAsync(platform, DemoCast.DirectorA);
        await using var managerSigner = await PersonSigner.StartAsync(platform, DemoCast.ManagerA);
        await using var companyBSigner = await PersonSigner.StartAsync(platform, DemoCast.DirectorB);
        await using var individualSigner = await PersonSigner.StartAsync(platform, DemoCast.Individual);

        // Company A registers with its director's certificate and invites an employee on the employees page.
        var director = await directorSigner.OpenPageAsync(platform);
        await RegisterAsync(director, "journey-01-company-a-registered");
        var directorApi = await CabinetApi.ForAsync(director);
        await director.GotoAsync("/employees");
        // The button responds only once the circuit is interactive, so the click is repeated until the dialog opens.
        var inviteIin = CreateDocumentTests.Input(director, "invite-iin");
        for (var attempt = 0; attempt < 20 && !await inviteIin.IsVisibleAsync(); attempt++)
        {
            await director.Locator("[data-testid=employees-invite]").ClickAsync();
            await director.WaitForTimeoutAsync(500);
        }

        await inviteIin.FillAsync(DemoCast.ManagerA.Iin);
        await CreateDocumentTests.Input(director, "invite-email").FillAsync(DemoCast.ManagerA.Email);
        await CreateDocumentTests.Input(director, "invite-name").FillAsync("Петров Илья");
        await CreateDocumentTests.Input(director, "invite-right-CreateDocuments").CheckAsync();
        await director.Locator("[data-testid=invite-confirm]").ClickAsync();
        await director.Locator("[data-testid=employees-table]").GetByText(DemoCast.ManagerA.Iin).WaitForAsync();
        await Screenshots.SaveAsync(director, "journey-02-employee-invited");
        var companyB = await companyBSigner.OpenPageAsync(platform);
        await RegisterAsync(companyB, "journey-03-company-b-registered");

        // The employee uploads the PDF and builds the route with both counterparties.
        var manager = await managerSigner.OpenPageAsync(platform);
        await CabinetSession.SignInAsync(manager);
        var managerName = await directorApi.EmployeeNameAsync(DemoCast.ManagerA.Iin);
        var directorName = await directorApi.EmployeeNameAsync(DemoCast.DirectorA.Iin);
        var documentId = await CreateDocumentAsync(manager, managerName, directorName);

        await manager.GotoAsync($"/documents/{documentId}");
        await DocumentCardTests.WaitReadyAsync(manager, "[data-testid=document-page]");
        await manager.Locator("[data-testid=action-approve]").ClickAsync();
        await WaitForActionAsync(manager, "journey-06-employee-approved");

        await director.GotoAsync("/inbox");
        await DocumentCardTests.WaitReadyAsync(director, "[data-testid=document-folder]");
        await Screenshots.SaveAsync(director, "journey-07-director-inbox");
        await director.Locator("[data-testid=document-row-link]", new() { HasText = Title }).ClickAsync();
        await DocumentCardTests.WaitReadyAsync(director, "[data-testid=document-page]");
        await director.Locator("[data-testid=action-sign]").ClickAsync();
        await WaitForActionAsync(director, "journey-08-director-signed");

        // Company B's director signs B's incoming copy in B's cabinet.
        await CabinetSession.SignInAsync(companyB);
        var incomingRow = companyB.Locator("[data-testid=document-row-link]", new() { HasText = Title });
        await WaitForRowAsync(companyB, incomingRow);
        await Screenshots.SaveAsync(companyB, "journey-09-company-b-inbox");
        await incomingRow.First.ClickAsync();
        await DocumentCardTests.WaitReadyAsync(companyB, "[data-testid=document-page]");
        var incomingUrl = companyB.Url;
        await Screenshots.SaveAsync(companyB, "journey-10-company-b-copy");

        // B's director signs the incoming copy on the page: the action starts a one-step signing route
        // with them as signer and signs.
        await companyB.Locator("[data-testid=action-start-sign]").ClickAsync();
        await WaitForActionAsync(companyB, "journey-11-company-b-signed");

        // The individual opens the emailed link and signs without registering.
        var mail = await platform.Smtp.WaitForMailAsync(
            received => received.EnvelopeTo.Contains(DemoCast.Individual.Email, StringComparer.OrdinalIgnoreCase), TimeSpan.FromSeconds(60), Token);
        var link = new Uri(LinkPattern().Match(mail.Message.TextBody ?? string.Empty).Value);
        var individual = await individualSigner.OpenPageAsync(platform);
        await individual.GotoAsync(link.PathAndQuery);
        await individual.Locator("[data-testid=storage-choice]").Or(individual.Locator("[data-testid=link-unavailable]")).First.WaitForAsync();
        await individual.Locator("[data-testid=link-title]").WaitForAsync();
        await Screenshots.SaveAsync(individual, "journey-12-individual-link");
        await individual.Locator("[data-testid=link-sign]").ClickAsync();
        var linkSigned = individual.Locator("[data-testid=link-signed]");
        await linkSigned.Or(individual.Locator("[data-testid=link-error]")).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Screenshots.SaveAsync(individual, "journey-13-individual-signed");
        var individualText = await individual.Locator("body").InnerTextAsync();

        // Each party's document page shows the final status.
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, page, url) in new[]
        {
            ("director", director, $"/documents/{documentId}"),
            ("employee", manager, $"/documents/{documentId}"),
            ("company B", companyB, incomingUrl),
        })
        {
            await page.GotoAsync(url);
            await DocumentCardTests.WaitReadyAsync(page, "[data-testid=document-page]");
            statuses[name] = (await page.Locator("[data-testid=document-status]").InnerTextAsync()).Trim();
            await Screenshots.SaveAsync(page, $"journey-14-final-{name.Replace(' ', '-')}");
        }

        var reports = await VerifyArchiveAsync(director, documentId);

        Assert.True(await linkSigned.IsVisibleAsync(), individualText);
        Assert.All(statuses, status => Assert.Equal(SignedByAll, status.Value));
        Assert.Equal(3, reports.Count);
        Assert.All(reports, report => Assert.Equal(Indication.TotalPassed, report.Indication));
    }

    private static async Task RegisterAsync(IPage page, string screenshot)
    {
        await page.GotoAsync("/register");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await page.Locator("[data-testid=register]").ClickAsync();
        var error = page.Locator("[data-testid=register-error]");
        await page.Locator("[data-testid=cabinet-nav]").Or(error).First.WaitForAsync();
        await Screenshots.SaveAsync(page, screenshot);
        if (await error.IsVisibleAsync())
        {
            Assert.Fail($"Registration failed: {await error.InnerTextAsync()}");
        }
    }

    private static async Task<Guid> CreateDocumentAsync(IPage page, string managerName, string directorName)
    {
        await page.Locator("[data-testid=nav-create-document]").ClickAsync();
        await page.Locator("[data-testid=upload-zone]").WaitForAsync();
        await ChooseFileAsync(page);
        await CreateDocumentTests.Input(page, "field-title").FillAsync(Title);
        await CreateDocumentTests.Input(page, "field-number").FillAsync("A-2026-012");
        await CreateDocumentTests.Input(page, "field-amount").FillAsync("7200000");
        var rows = page.Locator("[data-testid=counterparty-row]");
        await RowInput(rows.Nth(0), "counterparty-identifier").FillAsync(DemoCast.CompanyB.Bin);
        await RowInput(rows.Nth(0), "counterparty-identifier").PressAsync("Tab");
        await rows.Nth(0).Locator("[data-testid=counterparty-match]").WaitForAsync();
        await page.Locator("[data-testid=counterparty-add]").ClickAsync();
        await rows.Nth(1).WaitForAsync();
        await rows.Nth(1).Locator("[data-testid=counterparty-kind]").GetByText("Email", new() { Exact = false }).Last.ClickAsync();
        await RowInput(rows.Nth(1), "counterparty-identifier").FillAsync(DemoCast.Individual.Email);
        await RowInput(rows.Nth(1), "counterparty-identifier").PressAsync("Tab");
        await RowInput(rows.Nth(1), "counterparty-name").FillAsync(DemoCast.IndividualProfile.Name);
        await RowInput(rows.Nth(1), "counterparty-name").PressAsync("Tab");
        await CreateDocumentTests.ChooseParticipantAsync(page, 0, managerName);
        await CreateDocumentTests.ChooseParticipantAsync(page, 1, directorName);
        await Screenshots.SaveAsync(page, "journey-04-route-built");
        await page.Locator("[data-testid=create-submit]").ClickAsync();
        var success = page.Locator("[data-testid=create-success]");
        var errors = page.Locator("[data-testid=create-errors]");
        await success.Or(errors).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, "journey-05-route-started");
        if (!await success.IsVisibleAsync())
        {
            Assert.Fail(await errors.InnerTextAsync());
        }

        return Guid.Parse((await page.Locator("[data-testid=created-document-link]").GetAttributeAsync("data-document-id"))!);
    }

    /// <summary>
    /// The page attaches its file input listener after the first interactive render, which nothing on
    /// the page marks, so the file is chosen again until the page lists it.
    /// </summary>
    private static async Task ChooseFileAsync(IPage page)
    {
        var listed = page.Locator("[data-testid=chosen-files]").GetByText("qpdf__11-pages-with-labels.pdf");
        await page.Locator("[data-testid=upload-zone][data-ready=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await page.Locator("[data-testid=file-input]").SetInputFilesAsync(MassSigningDesk.ContractPath);
            try
            {
                await listed.WaitForAsync(new LocatorWaitForOptions { Timeout = 3_000 });
                return;
            }
            catch (TimeoutException)
            {
                // Not attached yet; choose the file again.
            }
        }

        await Screenshots.SaveAsync(page, "journey-04-file-not-listed");
        Assert.Fail("The create page did not list the chosen PDF.");
    }

    private static ILocator RowInput(ILocator row, string testId) =>
        row.Locator($"[data-testid={testId}]").Locator("xpath=descendant-or-self::input").First;

    private static async Task WaitForActionAsync(IPage page, string screenshot)
    {
        var error = page.Locator("[data-testid=action-error]");
        await page.Locator("[data-testid=action-done]").Or(error).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Screenshots.SaveAsync(page, screenshot);
        if (await error.IsVisibleAsync())
        {
            Assert.Fail($"{screenshot}: {await error.InnerTextAsync()}");
        }
    }

    /// <summary>The incoming copy arrives through the delivery outbox, so the new incoming folder is reloaded until it shows.</summary>
    private static async Task WaitForRowAsync(IPage page, ILocator row)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await page.GotoAsync("/external/new");
            await DocumentCardTests.WaitReadyAsync(page, "[data-testid=document-folder]");
            if (await row.CountAsync() > 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2), Token);
        }

        await Screenshots.SaveAsync(page, "journey-09-company-b-inbox-empty");
        Assert.Fail($"The incoming copy of \"{Title}\" did not reach company B's new incoming folder: {await page.Locator("body").InnerTextAsync()}");
    }

    private async Task<IReadOnlyList<ValidationReport>> VerifyArchiveAsync(IPage page, Guid documentId)
    {
        var archive = await page.Context.APIRequest.GetAsync($"/api/v1/documents/{documentId}/archive");
        var bytes = await archive.BodyAsync();
        Assert.True(archive.Ok, $"The archive download failed: HTTP {archive.Status} {Encoding.UTF8.GetString(bytes)}");
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var pdf = zip.Entries.Single(entry => entry.FullName.StartsWith("original/", StringComparison.Ordinal));
        var content = await ReadAsync(pdf);
        var verifier = platform.Services.GetRequiredService<CmsSignatureVerifier>();
        var reports = new List<ValidationReport>();
        foreach (var entry in zip.Entries.Where(entry => entry.FullName.StartsWith("signatures/", StringComparison.Ordinal) && entry.FullName.EndsWith(".p7s", StringComparison.Ordinal)))
        {
            reports.AddRange(await verifier.VerifyAsync(await ReadAsync(entry), CmsContent.FromBytes(content), Token));
        }

        return reports;
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry)
    {
        await using var stream = await entry.OpenAsync(Token);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, Token);
        return buffer.ToArray();
    }

    [GeneratedRegex(@"https?://\S+/link/[0-9a-f-]{36}\?token=\S+")]
    private static partial Regex LinkPattern();
}
