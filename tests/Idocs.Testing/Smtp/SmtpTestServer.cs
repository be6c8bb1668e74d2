using System.Net;
using SmtpServer;
using SmtpServer.Net;
using SmtpServerProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace Idocs.Testing.Smtp;

/// <summary>
/// An SMTP server inside the test process, on 127.0.0.1 and a port the system picks, without TLS
/// or authentication. It keeps every accepted message for the test to read.
/// </summary>
/// <example>
/// <code>
/// await using var smtp = await SmtpTestServer.StartAsync(cancellationToken);
/// // point the code under test at smtp.Host and smtp.Port, then:
/// var mail = await smtp.WaitForMailAsync(m => m.Message.Subject == "Hello", cancellationToken);
/// </code>
/// </example>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string Host = "127.0.0.1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    private readonly SmtpServer.SmtpServer _server;
    private readonly ReceivedMailStore _store;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _running;

    private SmtpTestServer(SmtpServer.SmtpServer server, ReceivedMailStore store, CancellationTokenSource stopping, Task running, int port)
    {
        _server = server;
        _store = store;
        _stopping = stopping;
        _running = running;
        Port = port;
    }

    public int Port { get; }

    /// <summary>All messages received so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedMail> Messages => _store.Snapshot();

    /// <summary>Starts a server and returns once it listens.</summary>
    public static async Task<SmtpTestServer> StartAsync(CancellationToken cancellationToken)
    {
        var store = new ReceivedMailStore();
        var listenerFactory = new EndpointListenerFactory();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listenerFactory.EndpointStarted += (_, args) => listening.TrySetResult(((IPEndPoint)args.LocalEndPoint).Port);

        var services = new SmtpServerProvider();
        services.Add(store);
        services.Add(listenerFactory);

        var options = new SmtpServerOptionsBuilder()
            .ServerName("idocs-test-smtp")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();

        var server = new SmtpServer.SmtpServer(options, services);
        var stopping = new CancellationTokenSource();
        var running = server.StartAsync(stopping.Token);

        var port = await listening.Task.WaitAsync(StartTimeout, cancellationToken);
        return new SmtpTestServer(server, store, stopping, running, port);
    }

    /// <summary>
    /// Returns the first received message that matches, waiting up to ten seconds for it to arrive.
    /// Throws <see cref="TimeoutException"/> naming the number of messages seen when none matches.
    /// </summary>
    public Task<ReceivedMail> WaitForMailAsync(Func<ReceivedMail, bool> predicate, CancellationToken cancellationToken) =>
        WaitForMailAsync(predicate, DefaultWaitTimeout, cancellationToken);

    public async Task<ReceivedMail> WaitForMailAsync(
        Func<ReceivedMail, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var change = _store.NextChange();
            var messages = _store.Snapshot();
            var match = messages.FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            try
            {
                await change.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"No matching message reached the test SMTP server on port {Port} within {timeout.TotalSeconds} s; it received {messages.Count} message(s).");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Cancellation is how the server's listen loop ends.
        }

        _stopping.Dispose();
    }
}
