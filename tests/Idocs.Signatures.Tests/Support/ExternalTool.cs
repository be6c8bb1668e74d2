using System.Diagnostics;

namespace Idocs.Signatures.Tests.Support;

/// <summary>Runs an independent command-line verifier (openssl) in a scratch folder.</summary>
internal static class ExternalTool
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>Skips the calling test when the program is not installed.</summary>
    public static void RequireOpenSsl()
    {
        if (!File.Exists("/usr/bin/openssl"))
        {
            Assert.Skip("openssl is not installed at /usr/bin/openssl.");
        }
    }

    /// <summary>Skips the calling test when OpenSSL cannot load the gost engine (package libengine-gost-openssl).</summary>
    public static async Task RequireGostEngineAsync()
    {
        RequireOpenSsl();
        var outcome = await RunAsync(Path.GetTempPath(), "engine", "gost");
        if (outcome.ExitCode != 0)
        {
            Assert.Skip($"OpenSSL's gost engine is not available: {outcome.Error.Trim()}");
        }
    }

    public static async Task<Outcome> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/openssl")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }

    /// <summary>Creates an empty folder under the system temp folder for one test's files.</summary>
    public static string ScratchFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "idocs-signatures-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
