using System.Net;
using System.Net.Sockets;

namespace Idocs.Browser.Tests.Hosting;

internal static class FreePort
{
    /// <summary>
    /// Returns a TCP port on 127.0.0.1 that was free a moment ago. Another process may take it
    /// before the caller binds it, which fails the fixture with "address in use" instead of hanging.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
