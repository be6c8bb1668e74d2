using System.Net;
using System.Net.Sockets;
using Idocs.Documents.Integrations.Webhooks;
using Microsoft.Extensions.Options;

namespace Idocs.Storage.Integrations;

/// <summary>
/// The HTTP client of webhook deliveries. It checks every address when it connects, after DNS
/// resolution, so a host name that later resolves to a private or metadata address is refused too.
/// It follows no redirects and uses no proxy, because either would bypass that check.
/// </summary>
public sealed class WebhookHttpClient : IDisposable
{
    public WebhookHttpClient(IOptions<WebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var settings = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, settings.AllowLoopback, cancellationToken),
        };
        Client = new HttpClient(handler) { Timeout = settings.Timeout };
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowLoopback, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(address => WebhookAddressPolicy.IsAllowed(address, allowLoopback)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(
                $"{WebhookErrorCodes.AddressNotAllowed}: host {endPoint.Host} resolves only to private, link-local or reserved addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
