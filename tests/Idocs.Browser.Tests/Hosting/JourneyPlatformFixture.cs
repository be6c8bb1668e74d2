using Idocs.Testing.Smtp;

namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform in demo mode without the demo seed, so that companies register through the pages:
/// the demo keys from the test PKI, its OCSP/TSP server and a test SMTP server receiving the mail.
/// Each person signs through their own test signer (see <c>PersonSigner</c>).
/// </summary>
public sealed class JourneyPlatformFixture : PlatformFixture
{
    private SmtpTestServer? _smtp;

    public SmtpTestServer Smtp => _smtp ?? throw new InvalidOperationException(SkipReason ?? "The SMTP server has not started.");

    protected override async Task StartServersAsync() => _smtp = await SmtpTestServer.StartAsync(CancellationToken.None);

    protected override async ValueTask StopServersAsync()
    {
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }

    protected override IReadOnlyDictionary<string, string?> PlatformSettings() => new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Seed"] = "false",
        ["Demo:KeysDirectory"] = Path.Combine(DataDirectory, "demo-keys"),
        ["Demo:SignerPort"] = Port(FreePort.Next()),
        ["Demo:PkiPort"] = Port(FreePort.Next()),
        ["DocumentMail:SmtpHost"] = SmtpTestServer.Host,
        ["DocumentMail:SmtpPort"] = Port(Smtp.Port),
        ["DocumentMail:SmtpUseTls"] = "false",
    };
}
