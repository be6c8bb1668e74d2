using Idocs.Signatures.Keys;
using Idocs.Signatures.Revocation.Crl;
using Idocs.Signatures.TestPki;
using Idocs.Signatures.TestSigner;
using Microsoft.Extensions.Options;

namespace Idocs.Web.Demo;

/// <summary>
/// Runs the demo's loopback servers while the host runs: the test PKI's OCSP, CRL and timestamp
/// server, and the NCALayer test signer holding the demo director's key. Development only.
/// </summary>
public sealed partial class DemoServices(
    DemoKeyRing keys,
    IOptions<DemoOptions> options,
    CrlRefresher crlRefresher,
    ILoggerFactory loggerFactory,
    TimeProvider clock) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DemoServices>();
    private TestPkiServer? _pki;
    private TestSignerServer? _signer;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _pki = TestPkiServer.Start(keys.Issuer, clock, loggerFactory.CreateLogger<TestPkiServer>());

        // The CRL refresh service ran its first round before this server listened, so the root
        // CRLs that cover the issuing CAs are loaded again now.
        await crlRefresher.RefreshAsync(cancellationToken);

        var signerPerson = DemoCast.People.FirstOrDefault(person => person.KeyName == options.Value.SignerKeyName)
            ?? throw new InvalidOperationException(
                $"Demo:SignerKeyName '{options.Value.SignerKeyName}' names no demo person; use one of {string.Join(", ", DemoCast.People.Select(person => person.KeyName))}.");
        var keyBytes = await File.ReadAllBytesAsync(keys.KeyFile(signerPerson), cancellationToken);
        var key = Pkcs12Reader.Read(keyBytes, DemoCast.KeyPassword);
        if (!key.IsSuccess)
        {
            throw new InvalidOperationException(
                $"Demo key file '{keys.KeyFile(signerPerson)}' cannot be read: {key.Error.Message}. Delete {keys.Folder} to issue new demo keys.");
        }

        _signer = new TestSignerServer(new TestSignerOptions { Key = key.Value }, options.Value.SignerPort, loggerFactory);
        _signer.Start();
        LogDemoStarted(_logger, _signer.Url, signerPerson.KeyName, keys.Folder);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        // StopAsync and the container's disposal both land here; whichever comes first stops the servers.
        if (Interlocked.Exchange(ref _signer, null) is { } signer)
        {
            await signer.DisposeAsync();
        }

        if (Interlocked.Exchange(ref _pki, null) is { } pki)
        {
            await pki.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "DEMO MODE, for development only: the NCALayer test signer on {SignerUrl} signs as demo person {SignerKeyName} without asking anyone. " +
        "Demo keys and their password are in {KeysFolder}. Never run demo mode in production.")]
    private static partial void LogDemoStarted(ILogger logger, Uri signerUrl, string signerKeyName, string keysFolder);
}
