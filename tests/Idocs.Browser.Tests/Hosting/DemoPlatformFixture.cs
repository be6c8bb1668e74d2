using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform in demo mode: demo keys from the test PKI, its OCSP/TSP server and the NCALayer test
/// signer with the demo director's key, all on free loopback ports.
/// </summary>
public sealed class DemoPlatformFixture : PlatformFixture
{
    private readonly SemaphoreSlim _registration = new(1, 1);
    private bool _directorRegistered;

    /// <summary>
    /// Registers company A through the registration page with the demo director's key, once per
    /// fixture, so that later logins find a profile. Saves a screenshot of the cabinet it opens.
    /// </summary>
    public async Task EnsureDirectorRegisteredAsync()
    {
        await _registration.WaitAsync();
        try
        {
            if (_directorRegistered)
            {
                return;
            }

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

            _directorRegistered = true;
            await page.Context.CloseAsync();
        }
        finally
        {
            _registration.Release();
        }
    }

    protected override IReadOnlyDictionary<string, string?> PlatformSettings() => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:KeysDirectory"] = Path.Combine(DataDirectory, "demo-keys"),
        ["Demo:SignerPort"] = Port(FreePort.Next()),
        ["Demo:PkiPort"] = Port(FreePort.Next()),
    };
}
