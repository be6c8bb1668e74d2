using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Idocs.Signatures.Keys;
using Idocs.Signatures.TestSigner;

namespace Idocs.Signatures.Tests.TestSigner;

/// <summary>A test signer on a free loopback port with one connected WebSocket client.</summary>
internal sealed class RunningTestSigner : IAsyncDisposable
{
    private readonly TestSignerServer _server;
    private readonly ClientWebSocket _client;

    private RunningTestSigner(TestSignerServer server, ClientWebSocket client, string greeting)
    {
        _server = server;
        _client = client;
        Greeting = greeting;
    }

    /// <summary>The first message the signer sent after the connection opened.</summary>
    public string Greeting { get; }

    public WebSocket Socket => _client;

    public static async Task<RunningTestSigner> StartAsync(SigningKey key, bool simulateCancel = false, int maxMessageBytes = TestSignerOptions.DefaultMaxMessageBytes)
    {
        var options = new TestSignerOptions { Key = key, SimulateCancel = simulateCancel, MaxMessageBytes = maxMessageBytes };
        var server = StartServerOnFreePort(options);
        var client = new ClientWebSocket();
        await client.ConnectAsync(server.Url, TestContext.Current.CancellationToken);
        var greeting = await ReceiveAsync(client);
        return new RunningTestSigner(server, client, greeting ?? throw new InvalidOperationException("The test signer sent no greeting."));
    }

    public async Task<JsonObject> AskAsync(string request)
    {
        await SendAsync(request);
        var response = await ReceiveAsync(_client) ?? throw new InvalidOperationException("The test signer closed the connection.");
        return JsonNode.Parse(response)!.AsObject();
    }

    public Task SendAsync(string request) =>
        _client.SendAsync(Encoding.UTF8.GetBytes(request), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    public static async Task<string?> ReceiveAsync(WebSocket socket)
    {
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, TestContext.Current.CancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Picks a port the system reports free; retries when another process takes it first.</summary>
    public static TestSignerServer StartServerOnFreePort(TestSignerOptions options)
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var server = new TestSignerServer(options, port);
            try
            {
                server.Start();
                return server;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
