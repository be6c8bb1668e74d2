using Idocs.Documents.Profiles;
using Idocs.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform in demo mode: demo keys from the test PKI, its OCSP/TSP server and the NCALayer test
/// signer with the demo director's key, all on free loopback ports.
/// </summary>
public sealed class DemoPlatformFixture : PlatformFixture
{
    /// <summary>
    /// Checks that the demo seed registered company A with the demo director while the platform
    /// started, so that a login finds the profile; fails the test with a pointer to the log if not.
    /// </summary>
    public async Task EnsureDirectorRegisteredAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var profile = await scope.ServiceProvider.GetRequiredService<IProfileStore>()
            .FindByIdentificationNumberAsync(DemoCast.CompanyA.Bin, CancellationToken.None);
        Assert.True(profile is not null, "The demo seed did not register company A; the platform log says why (\"Demo seed stopped with …\").");
    }

    protected override IReadOnlyDictionary<string, string?> PlatformSettings() => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:KeysDirectory"] = Path.Combine(DataDirectory, "demo-keys"),
        ["Demo:SignerPort"] = Port(FreePort.Next()),
        ["Demo:PkiPort"] = Port(FreePort.Next()),
    };
}
