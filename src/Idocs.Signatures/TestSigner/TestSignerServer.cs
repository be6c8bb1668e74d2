using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Idocs.Signatures.TestSigner;

/// <summary>
/// A WebSocket server on 127.0.0.1 that speaks NCALayer's protocol through
/// <see cref="NcaLayerProtocolHandler"/>. For development, demos and browser tests, never production.
/// Each connection handles one request at a time, as NCALayer does.
/// </summary>
// NOTE: real NCALayer listens on wss://127.0.0.1:13579/ (TLS); this server speaks plain ws://,
// so the cabinet's configurable signer URL must point at ws://127.0.0.1:PORT/ when it is used.
public sealed class TestSignerServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly NcaLayerProtocolHandler _handler;
    private readonly int _maxMessageBytes;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _acceptLoop;

    public TestSignerServer(TestSignerOptions options, int port, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        var factory = loggerFactory ?? NullLoggerFactory.Instance;
        _handler = new NcaLayerProtocolHandler(options, factory.CreateLogger<NcaLayerProtocolHandler>());
        _maxMessageBytes = options.MaxMessageBytes;
        _logger = factory.CreateLogger<TestSignerServer>();
        Port = port;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    /// <summary>The address a client connects to.</summary>
    public Uri Url => new($"ws://127.0.0.1:{Port}/");

    /// <summary>Starts listening; throws <see cref="HttpListenerException"/> when the port is taken.</summary>
    public void Start()
    {
        _listener.Start();
        _acceptLoop = AcceptAsync(_stopping.Token);
        _logger.LogInformation("NCALayer test signer listening on {Url}", Url);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        if (_acceptLoop is not null)
        {
            await _acceptLoop.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            _ = ServeAsync(context, cancellationToken);
        }
    }

    private async Task ServeAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        if (!context.Request.IsWebSocketRequest)
        {
            context.Response.StatusCode = (int)HttpStatusCode.BadRequest;
            var text = Encoding.UTF8.GetBytes("NCALayer test signer: connect with a WebSocket client.");
            await context.Response.OutputStream.WriteAsync(text, cancellationToken).ConfigureAwait(false);
            context.Response.Close();
            return;
        }

        try
        {
            var accepted = await context.AcceptWebSocketAsync(subProtocol: null).ConfigureAwait(false);
            using var socket = accepted.WebSocket;
            await SendAsync(socket, NcaLayerProtocolHandler.HelloMessage, cancellationToken).ConfigureAwait(false);
            while (socket.State == WebSocketState.Open)
            {
                var request = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                await SendAsync(socket, _handler.Handle(request), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
            _logger.LogDebug("Test signer connection ended: {Reason}", exception.Message);
        }
    }

    /// <summary>Reads one text message; returns null when the client closed or the message was too big.</summary>
    private async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
                return null;
            }

            if (message.Length + received.Count > _maxMessageBytes)
            {
                _logger.LogWarning("Test signer closed a connection whose message exceeded {MaxMessageBytes} bytes", _maxMessageBytes);
                await socket.CloseAsync(
                    WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {_maxMessageBytes} bytes.", cancellationToken).ConfigureAwait(false);
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
}
