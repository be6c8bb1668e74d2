using System.Net;
using Microsoft.Extensions.Logging;

namespace Idocs.Signatures.TestPki;

/// <summary>
/// Serves the test PKI over HTTP on its loopback base URL: <c>POST ocsp/</c> (RFC 6960),
/// <c>POST tsp/</c> (RFC 3161), <c>GET crl/{rsa|gost}[-root].crl</c> and
/// <c>GET cert/{rsa|gost}-{root|ca}.cer</c>. CRLs are generated per request from the store, so a
/// revocation shows at once.
/// </summary>
public sealed partial class TestPkiServer : IAsyncDisposable
{
    /// <summary>Largest request body accepted; OCSP and TSP requests are a few hundred bytes.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    private readonly HttpListener _listener = new();
    private readonly TestPkiIssuer _issuer;
    private readonly TestPkiOcspResponder _ocsp;
    private readonly TestPkiTimestampAuthority _tsa;
    private readonly ILogger<TestPkiServer> _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private TestPkiServer(TestPkiIssuer issuer, TimeProvider clock, ILogger<TestPkiServer> logger)
    {
        _issuer = issuer;
        _ocsp = new TestPkiOcspResponder(issuer.Store, clock);
        _tsa = new TestPkiTimestampAuthority(issuer.Store, clock);
        _logger = logger;
        BaseUrl = issuer.Store.BaseUrl;
    }

    public Uri BaseUrl { get; }

    public static bool IsLoopbackHttp(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri
            && url.Scheme == Uri.UriSchemeHttp
            && IPAddress.TryParse(url.Host.Trim('[', ']'), out var address)
            && IPAddress.IsLoopback(address);
    }

    /// <summary>Starts listening on the store's base URL, which must be on 127.0.0.1 or ::1.</summary>
    public static TestPkiServer Start(TestPkiIssuer issuer, TimeProvider clock, ILogger<TestPkiServer> logger)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);

        var server = new TestPkiServer(issuer, clock, logger);
        if (!IsLoopbackHttp(server.BaseUrl))
        {
            throw new InvalidOperationException($"Test PKI base URL '{server.BaseUrl}' is not a loopback http address.");
        }

        server._listener.Prefixes.Add(server.BaseUrl.ToString());
        server._listener.Start();
        server._loop = Task.Run(server.AcceptAsync);
        LogStarted(logger, server.BaseUrl.ToString());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
        LogStopped(_logger, BaseUrl.ToString());
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        var path = context.Request.Url?.AbsolutePath ?? "/";
        try
        {
            var (status, contentType, body) = await RouteAsync(context.Request, path).ConfigureAwait(false);
            response.StatusCode = status;
            response.ContentType = contentType;
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or HttpListenerException or InvalidDataException or OperationCanceledException)
        {
            LogRequestFailed(_logger, path, exception);
        }
        finally
        {
            response.Close();
        }
    }

    private async Task<(int Status, string ContentType, byte[] Body)> RouteAsync(HttpListenerRequest request, string path)
    {
        var relative = path.StartsWith(BaseUrl.AbsolutePath, StringComparison.Ordinal) ? path[BaseUrl.AbsolutePath.Length..] : path.TrimStart('/');
        if (request.HttpMethod == "POST" && relative.TrimEnd('/') is "ocsp" or "tsp")
        {
            var body = await ReadBodyAsync(request).ConfigureAwait(false);
            if (body is null)
            {
                return (413, "text/plain", "Request body is larger than 64 KiB."u8.ToArray());
            }

            return relative.StartsWith("ocsp", StringComparison.Ordinal)
                ? (200, "application/ocsp-response", _ocsp.Respond(body))
                : (200, "application/timestamp-reply", _tsa.Respond(body));
        }

        if (request.HttpMethod == "GET")
        {
            var file = Resource(relative);
            if (file is not null)
            {
                return file.Value;
            }
        }

        return (404, "text/plain", "Not found. Endpoints: POST ocsp/, POST tsp/, GET crl/{rsa|gost}[-root].crl, GET cert/{rsa|gost}-{root|ca}.cer"u8.ToArray());
    }

    private (int, string, byte[])? Resource(string relative)
    {
        foreach (var family in new[] { TestPkiAlgorithm.Rsa, TestPkiAlgorithm.Gost2015 })
        {
            var prefix = TestPkiIssuer.Prefix(family);
            if (relative == $"crl/{prefix}.crl")
            {
                return (200, "application/pkix-crl", _issuer.CreateCrl(family, ofRoot: false));
            }

            if (relative == $"crl/{prefix}-root.crl")
            {
                return (200, "application/pkix-crl", _issuer.CreateCrl(family, ofRoot: true));
            }

            if (relative == $"cert/{prefix}-root.cer")
            {
                return (200, "application/pkix-cert", _issuer.Store.RootCertificate(family).GetEncoded());
            }

            if (relative == $"cert/{prefix}-ca.cer")
            {
                return (200, "application/pkix-cert", _issuer.Store.IssuingCaCertificate(family).GetEncoded());
            }
        }

        return null;
    }

    private async Task<byte[]?> ReadBodyAsync(HttpListenerRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.InputStream.ReadAsync(chunk, _stop.Token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxRequestBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Test PKI server listening on {BaseUrl}")]
    private static partial void LogStarted(ILogger logger, string baseUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Test PKI server on {BaseUrl} stopped")]
    private static partial void LogStopped(ILogger logger, string baseUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Test PKI request to {Path} failed")]
    private static partial void LogRequestFailed(ILogger logger, string path, Exception exception);
}
