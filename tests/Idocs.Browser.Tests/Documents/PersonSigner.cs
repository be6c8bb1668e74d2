using System.Globalization;
using Idocs.Browser.Tests.Hosting;
using Idocs.Signatures.Keys;
using Idocs.Signatures.TestSigner;
using Idocs.Web.Demo;
using Microsoft.Playwright;

namespace Idocs.Browser.Tests.Documents;

/// <summary>
/// A second NCALayer test signer holding another demo person's key, for journeys where someone other
/// than the demo director signs in. Pages opened through it have their signer WebSocket redirected
/// here; the Blazor circuit's own WebSocket to the platform is left alone.
/// </summary>
internal sealed class PersonSigner : IAsyncDisposable
{
    private readonly TestSignerServer _server;

    private PersonSigner(TestSignerServer server) => _server = server;

    /// <summary>Starts a signer on a free loopback port with <paramref name="person"/>'s demo key.</summary>
    public static async Task<PersonSigner> StartAsync(PlatformFixture platform, DemoPerson person)
    {
        var file = Path.Combine(platform.DataDirectory, "demo-keys", person.KeyName + ".p12");
        var key = Pkcs12Reader.Read(await File.ReadAllBytesAsync(file), DemoCast.KeyPassword);
        Assert.True(key.IsSuccess, $"Demo key {file} cannot be read: {(key.IsSuccess ? string.Empty : key.Error.Message)}");
        var server = new TestSignerServer(new TestSignerOptions { Key = key.Value }, FreePort.Next());
        server.Start();
        return new PersonSigner(server);
    }

    /// <summary>Opens a page in a fresh context whose NCALayer connections reach this signer.</summary>
    public async Task<IPage> OpenPageAsync(PlatformFixture platform)
    {
        var page = await platform.OpenPageAsync();
        await page.Context.AddInitScriptAsync(RedirectScript(_server.Url.ToString()));
        return page;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string RedirectScript(string signerUrl) => string.Create(CultureInfo.InvariantCulture, $$"""
        (() => {
          const signer = '{{signerUrl}}';
          const Native = window.WebSocket;
          function Redirected(url, protocols) {
            const parsed = new URL(url, location.href);
            const toSigner = parsed.host !== location.host && parsed.pathname === '/';
            const target = toSigner ? signer : url;
            return protocols === undefined ? new Native(target) : new Native(target, protocols);
          }
          Redirected.prototype = Native.prototype;
          for (const name of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) {
            Redirected[name] = Native[name];
          }
          window.WebSocket = Redirected;
        })();
        """);
}
