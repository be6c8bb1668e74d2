using System.CommandLine;
using Idocs.Cli;
using Idocs.Cli.Commands;
using Idocs.Signatures.Tests.Revocation;

namespace Idocs.Signatures.Tests.Cli;

/// <summary>One test PKI made by <c>idocs pki init</c> and served by <c>idocs pki serve</c> on a free loopback port.</summary>
public sealed class CliPkiFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "idocs-cli-" + Guid.NewGuid().ToString("N"));

    public Uri Url { get; } = new($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/");

    private readonly CancellationTokenSource _serving = new();

    private Task<int>? _server;

    public string Pki => Path.Combine(Folder, "pki");

    public string Anchors => Path.Combine(Folder, "anchors");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Anchors);
        var init = await SignatureCommandsTests.RunAsync("pki", "init", "--dir", Pki, "--url", Url.ToString());
        Assert.True(init.ExitCode == ExitCodes.Success, init.Error + init.Output);
        foreach (var file in Directory.EnumerateFiles(Pki, "*.cer", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "root.cer" or "ca.cer"))
        {
            File.Copy(file, Path.Combine(Anchors, Path.GetFileName(Path.GetDirectoryName(file)!) + "-" + Path.GetFileName(file)));
        }

        _server = Task.Run(() => IdocsCommandLine.Create().Parse(["pki", "serve", "--dir", Pki])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null }, _serving.Token));
        await WaitForServerAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _serving.CancelAsync();
        if (_server is not null)
        {
            await _server;
        }

        _serving.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private async Task WaitForServerAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "crl/rsa.crl"), TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"pki serve did not answer at {Url}");
    }
}
