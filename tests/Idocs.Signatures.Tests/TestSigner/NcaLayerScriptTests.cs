using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Idocs.Signatures.Tests.Support;
using Idocs.Signatures.TestSigner;

namespace Idocs.Signatures.Tests.TestSigner;

/// <summary>Runs the Node tests of the cabinet's ncalayer.js against test signers started here.</summary>
public sealed class NcaLayerScriptTests
{
    private const string NodeProgram = "/usr/bin/node";
    private const string ScriptTest = "tests/Idocs.Signatures.Tests/TestSigner/js/ncalayer.test.mjs";

    [Fact]
    public async Task NcaLayerJs_NodeTestsAgainstTestSigner_Pass()
    {
        Assert.SkipWhen(!File.Exists(NodeProgram), $"Node.js is not installed at {NodeProgram}.");
        var repository = RepositoryRoot();
        var key = TestKeys.Load("kz-pki/ncanode/keys/KEY_INDIVIDUAL_VALID_2015.p12");
        await using var signer = RunningTestSigner.StartServerOnFreePort(new TestSignerOptions { Key = key });
        await using var cancelingSigner = RunningTestSigner.StartServerOnFreePort(new TestSignerOptions { Key = key, SimulateCancel = true });

        var (exitCode, output) = await RunNodeTestsAsync(repository, signer.Url, cancelingSigner.Url, new Uri($"ws://127.0.0.1:{ClosedPort()}/"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("# pass 0", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunNodeTestsAsync(string repository, Uri signerUrl, Uri cancelUrl, Uri missingUrl)
    {
        var start = new ProcessStartInfo(NodeProgram)
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Node 20 has WebSocket only behind this flag; later versions accept and ignore it.
        start.ArgumentList.Add("--experimental-websocket");
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("--test-reporter=tap");
        start.ArgumentList.Add(ScriptTest);
        start.Environment["NCALAYER_URL"] = signerUrl.ToString();
        start.Environment["NCALAYER_CANCEL_URL"] = cancelUrl.ToString();
        start.Environment["NCALAYER_MISSING_URL"] = missingUrl.ToString();

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>A loopback port nothing listens on, so a connection to it is refused.</summary>
    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Idocs.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Idocs.sln above {AppContext.BaseDirectory}.");
    }
}
