namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform without any signer: the cabinet's signer URL names a loopback port nothing listens
/// on, as on a computer where NCALayer is not installed or not running.
/// </summary>
public sealed class NoSignerPlatformFixture : PlatformFixture
{
    protected override IReadOnlyDictionary<string, string?> PlatformSettings() => new Dictionary<string, string?>
    {
        ["Cabinet:SignerUrl"] = $"ws://127.0.0.1:{Port(FreePort.Next())}/",
        ["Cabinet:SignerConnectTimeoutMs"] = "3000",
    };
}
