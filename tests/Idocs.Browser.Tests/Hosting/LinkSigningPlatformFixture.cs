using Idocs.Testing.Smtp;

namespace Idocs.Browser.Tests.Hosting;

/// <summary>
/// The platform in demo mode with a test SMTP server receiving its mail, and the NCALayer test
/// signer holding the demo individual's RSA key instead of the director's, as on the individual's
/// own computer when they open the emailed link.
/// </summary>
public sealed class LinkSigningPlatformFixture : PlatformFixture
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
        ["Demo:KeysDirectory"] = Path.Combine(DataDirectory, "demo-keys"),
        ["Demo:SignerPort"] = Port(FreePort.Next()),
        ["Demo:PkiPort"] = Port(FreePort.Next()),
        ["Demo:SignerKeyName"] = "individual",
        ["DocumentMail:SmtpHost"] = SmtpTestServer.Host,
        ["DocumentMail:SmtpPort"] = Port(Smtp.Port),
        ["DocumentMail:SmtpUseTls"] = "false",
    };
}
