using System.CommandLine;
using System.Net;
using Idocs.Signatures.Keys;
using Idocs.Signatures.TestSigner;
using Microsoft.Extensions.Logging;

namespace Idocs.Cli.Commands;

/// <summary>
/// <c>idocs signer serve</c>: runs the NCALayer test signer on 127.0.0.1 with one key file, for
/// development, demos and browser tests. It is never for production and prints a warning when it starts.
/// </summary>
public static class SignerCommand
{
    public const int Success = 0;
    public const int InvalidArguments = 2;
    public const int Failed = 1;
    public const int DefaultPort = 13579;

    public static Command Create()
    {
        var p12 = new Option<FileInfo>("--p12") { Description = "PKCS#12 key file to sign with (NCA test key or test PKI key).", Required = true };
        var password = new Option<string>("--password") { Description = "Password of the key file.", Required = true };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 to listen on.", DefaultValueFactory = _ => DefaultPort };
        var cancel = new Option<bool>("--cancel") { Description = "Answer every signing request as if the user closed NCALayer's dialog." };
        var urlOnly = new Option<bool>("--url") { Description = "Print only the WebSocket URL on standard output (messages go to standard error)." };

        var serve = new Command("serve", "Run the NCALayer test signer on 127.0.0.1 until stopped with Ctrl+C. Development and tests only.");
        serve.Options.Add(p12);
        serve.Options.Add(password);
        serve.Options.Add(port);
        serve.Options.Add(cancel);
        serve.Options.Add(urlOnly);
        serve.SetAction((parseResult, cancellationToken) => ServeAsync(
            new ServeArguments(
                parseResult.GetValue(p12)!, parseResult.GetValue(password)!, parseResult.GetValue(port),
                parseResult.GetValue(cancel), parseResult.GetValue(urlOnly)),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            cancellationToken));

        var signer = new Command("signer", "NCALayer test signer for development and browser tests (never production).");
        signer.Subcommands.Add(serve);
        return signer;
    }

    private static async Task<int> ServeAsync(ServeArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (arguments.Port is < 1 or > 65535)
        {
            await error.WriteLineAsync($"Invalid --port {arguments.Port}. Use a port from 1 to 65535, such as {DefaultPort}.");
            return InvalidArguments;
        }

        if (!arguments.KeyFile.Exists)
        {
            await error.WriteLineAsync($"Key file '{arguments.KeyFile.FullName}' does not exist. Pass an existing .p12 file with --p12.");
            return InvalidArguments;
        }

        var key = Pkcs12Reader.Read(await File.ReadAllBytesAsync(arguments.KeyFile.FullName, cancellationToken), arguments.Password);
        if (!key.IsSuccess)
        {
            await error.WriteLineAsync($"Cannot read key file '{arguments.KeyFile.Name}': {key.Error.Message}");
            return InvalidArguments;
        }

        await error.WriteLineAsync(
            "WARNING: the Idocs NCALayer test signer signs without asking anyone. It is for development, demos and tests only; never use it in production.");
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        var options = new TestSignerOptions { Key = key.Value, SimulateCancel = arguments.Cancel };
        await using var server = new TestSignerServer(options, arguments.Port, loggerFactory);
        try
        {
            server.Start();
        }
        catch (HttpListenerException exception)
        {
            await error.WriteLineAsync($"Cannot listen on 127.0.0.1:{arguments.Port}: {exception.Message}. Choose another --port.");
            return Failed;
        }

        if (arguments.UrlOnly)
        {
            await output.WriteLineAsync(server.Url.ToString());
        }
        else
        {
            await output.WriteLineAsync($"NCALayer test signer on {server.Url} signing with the key of certificate serial {key.Value.Certificate.SerialNumber.ToString(16)}.");
            await output.WriteLineAsync($"Point the cabinet's signer URL at {server.Url} (real NCALayer uses wss://127.0.0.1:{DefaultPort}/). Stop with Ctrl+C.");
        }

        await output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C ends the command normally.
        }

        return Success;
    }

    private sealed record ServeArguments(FileInfo KeyFile, string Password, int Port, bool Cancel, bool UrlOnly);
}
