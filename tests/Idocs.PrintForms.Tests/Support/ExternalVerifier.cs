using System.Diagnostics;

namespace Idocs.PrintForms.Tests.Support;

/// <summary>Runs an independent verifier (openssl, xmlsec1) from /usr/bin, skipping the test when it is not installed.</summary>
internal static class ExternalVerifier
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static string Require(string program)
    {
        var path = Path.Combine("/usr/bin", program);
        if (!File.Exists(path))
        {
            Assert.Skip($"{program} is not installed at {path}; CI installs it.");
        }

        return path;
    }

    public static async Task<Outcome> RunAsync(string path, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }
}
