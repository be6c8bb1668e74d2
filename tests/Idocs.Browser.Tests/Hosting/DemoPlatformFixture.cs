namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform in demo mode: demo keys from the test PKI, its OCSP/TSP server and the NCALayer test
/// signer with the demo director's key, all on free loopback ports.
/// </summary>
public sealed class DemoPlatformFixture : PlatformFixture
{
    protected override IReadOnlyDictionary<string, string?> PlatformSettings() => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:KeysDirectory"] = Path.Combine(DataDirectory, "demo-keys"),
        ["Demo:SignerPort"] = Port(FreePort.Next()),
        ["Demo:PkiPort"] = Port(FreePort.Next()),
    };
}
