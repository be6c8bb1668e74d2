using System.Net;
using System.Net.Sockets;

namespace Idocs.Signatures.Tests.Xml;

/// <summary>
/// A TCP listener on 127.0.0.1 that counts the connections it accepts, so a test can prove that a
/// URL in hostile XML was never fetched.
/// </summary>
internal sealed class LoopbackConnectionRecorder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _connections;

    public LoopbackConnectionRecorder()
    {
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Waits briefly so that a connection made in the background would have been accepted.</summary>
    public async Task<int> SettleAndCountAsync()
    {
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        return Connections;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The listener was stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
        }
    }
}
