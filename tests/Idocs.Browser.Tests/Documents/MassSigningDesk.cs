using System.Globalization;
using Idocs.Browser.Tests.Hosting;
using Idocs.Browser.Tests.Pages;
using Idocs.Web.Demo;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

/// <summary>Steps the mass signing tests share: a director on the Standard plan with documents waiting for their signature.</summary>
internal static class MassSigningDesk
{
    public static string ContractPath => Path.Combine(AppContext.BaseDirectory, "TestData", "qpdf__11-pages-with-labels.pdf");

    /// <summary>Signs in as the demo director of company A and puts company A on the Standard plan.</summary>
    public static async Task<(IPage Page, CabinetApi Api)> SignInOnStandardPlanAsync(DemoPlatformFixture platform)
    {
        await platform.EnsureDirectorRegisteredAsync();
        var page = await platform.OpenPageAsync();
        await CabinetSession.SignInAsync(page);
        var api = await CabinetApi.ForAsync(page);
        var me = await api.GetAsync("/api/v1/me");
        await BillingSeed.StandardPlanAsync(platform, me.GetProperty("profile").GetProperty("profileId").GetGuid());
        return (page, api);
    }

    /// <summary>Uploads <paramref name="count"/> internal documents through the HTTP API, each routed to the director's signature.</summary>
    public static async Task<List<Guid>> SeedWaitingAsync(CabinetApi api, int count)
    {
        var director = await api.EmployeeIdAsync(DemoCast.DirectorA.Iin);
        var ids = new List<Guid>(count);
        for (var index = 1; index <= count; index++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $"M-{index:000}");
            var document = await api.UploadAsync(ContractPath, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = "Internal",
                ["number"] = number,
                ["date"] = "2026-12-05",
                ["title"] = "Приказ " + number,
            });
            var id = document.GetProperty("id").GetGuid();
            await api.PostJsonAsync($"/api/v1/documents/{id}/route", new
            {
                stages = new[] { new { kind = "sign", employeeIds = new[] { director }, completion = "all-of" } },
            });
            ids.Add(id);
        }

        return ids;
    }

    /// <summary>Opens the mass page and selects every waiting document with the table's header checkbox.</summary>
    public static async Task<ILocator> SelectAllAsync(IPage page, string screenshotPrefix)
    {
        await page.Locator("[data-testid=nav-mass]").ClickAsync();
        var table = page.Locator("[data-testid=mass-table]");
        await table.WaitForAsync();
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await Screenshots.SaveAsync(page, screenshotPrefix + "-1-waiting");
        await table.Locator("thead input[type=checkbox]").CheckAsync();
        await Screenshots.SaveAsync(page, screenshotPrefix + "-2-selected");
        return table;
    }

    /// <summary>Counts the documents that carry exactly one signature and no longer wait for signing.</summary>
    public static async Task<int> CountSignedAsync(CabinetApi api, IEnumerable<Guid> documentIds)
    {
        var signed = 0;
        foreach (var id in documentIds)
        {
            var document = await api.GetAsync($"/api/v1/documents/{id}");
            if (document.GetProperty("signatures").GetArrayLength() == 1 && document.GetProperty("status").GetString() != "OnSigning")
            {
                signed++;
            }
        }

        return signed;
    }
}
