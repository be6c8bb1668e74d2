using System.Net;
using System.Net.Sockets;

namespace Idocs.Signatures.Tests.Revocation;

/// <summary>
/// A minimal HTTP server on 127.0.0.1 for responder tests: each request body goes to the handler,
/// which returns the response bytes, or null to leave the request without a response until the server is disposed.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Func<byte[], byte[]?> _handler;

    public LoopbackHttpServer(Func<byte[], byte[]?> handler)
    {
        _handler = handler;
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/ocsp/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public int RequestCount { get; private set; }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // The listener was closed under a pending GetContextAsync.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            RequestCount++;
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var answer = _handler(body.ToArray());
            if (answer is null)
            {
                continue;
            }

            context.Response.ContentType = "application/ocsp-response";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }
}
