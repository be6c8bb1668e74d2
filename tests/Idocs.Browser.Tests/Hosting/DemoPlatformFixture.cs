using Idocs.Documents.Profiles;
using Idocs.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform in demo mode: demo keys from the test PKI, its OCSP/TSP server and the NCALayer test
/// signer with the demo director's key, all on free loopback ports. The demo seed is off, so each
/// test registers and invites the people it needs; <see cref="SeededDemoPlatformFixture"/> turns it on.
/// </summary>
public class DemoPlatformFixture : PlatformFixture
{
    private readonly SemaphoreSlim _registration = new(1, 1);
    private bool _directorRegistered;

    /// <summary>Whether the platform seeds the demo profiles, people and documents when it starts.</summary>
    protected virtual bool SeedsDemo => false;

    /// <summary>
    /// Makes sure company A exists with the demo director: the seed registered it, or this fixture
    /// registers it once through the registration page and saves a screenshot of the cabinet it opens.
    /// </summary>
    public async Task EnsureDirectorRegisteredAsync()
    {
        if (SeedsDemo)
        {
            await AssertSeededAsync();
            return;
        }

        await _registration.WaitAsync();
        try
        {
            if (!_directorRegistered)
            {
                await RegisterThroughPageAsync();
                _directorRegistered = true;
            }
        }
        finally
        {
            _registration.Release();
        }
    }

    protected override IReadOnlyDictionary<string, string?> PlatformSettings() => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Seed"] = SeedsDemo ? "true" : "false",
        ["Demo:KeysDirectory"] = Path.Combine(DataDirectory, "demo-keys"),
        ["Demo:SignerPort"] = Port(FreePort.Next()),
        ["Demo:PkiPort"] = Port(FreePort.Next()),
    };

    private async Task AssertSeededAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var profile = await scope.ServiceProvider.GetRequiredService<IProfileStore>()
            .FindByIdentificationNumberAsync(DemoCast.CompanyA.Bin, CancellationToken.None);
        Assert.True(profile is not null, "The demo seed did not register company A; the platform log says why (\"Demo seed stopped with …\").");
    }

    private async Task RegisterThroughPageAsync()
    {
        var page = await OpenPageAsync();
        await page.GotoAsync("/register");
        await page.Locator("[data-testid=storage-choice]").WaitForAsync();
        await page.Locator("[data-testid=register]").ClickAsync();
        var nav = page.Locator("[data-testid=cabinet-nav]");
        var error = page.Locator("[data-testid=register-error]");
        await nav.Or(error).First.WaitForAsync();
        await Screenshots.SaveAsync(page, "register-demo-director");
        if (await error.IsVisibleAsync())
        {
            Assert.Fail($"Registration of the demo director failed: {await error.InnerTextAsync()}");
        }

        await page.Context.CloseAsync();
    }
}
