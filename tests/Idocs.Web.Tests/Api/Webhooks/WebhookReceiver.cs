using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Idocs.Documents.Integrations.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Idocs.Web.Tests.Api.Webhooks;

/// <summary>
/// A company's webhook receiver on a loopback port. It checks each delivery's HMAC-SHA256 over the
/// timestamp and body with the secret it is given, computed here rather than by the product,
/// returns 500 to the first <c>failFirst</c> deliveries and 204 afterwards, and keeps the verified ones.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _remainingFailures;

    private WebhookReceiver(WebApplication app, int failFirst)
    {
        _app = app;
        _remainingFailures = failFirst;
    }

    public string Secret { get; set; } = string.Empty;

    public Uri Url { get; private set; } = null!;

    public ConcurrentQueue<string> VerifiedBodies { get; } = new();

    private int _badSignatures;
    private int _received;

    public int BadSignatures => Volatile.Read(ref _badSignatures);

    public int Received => Volatile.Read(ref _received);

    public static async Task<WebhookReceiver> StartAsync(int failFirst)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failFirst);
        app.MapPost("/hook", (Delegate)receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _received);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        if (!SignatureMatches(context.Request.Headers[WebhookSignature.TimestampHeader].ToString(), body, context.Request.Headers[WebhookSignature.SignatureHeader].ToString()))
        {
            Interlocked.Increment(ref _badSignatures);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (Interlocked.Decrement(ref _remainingFailures) >= 0)
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        VerifiedBodies.Enqueue(System.Text.Encoding.UTF8.GetString(body));
        return Results.NoContent();
    }

    /// <summary>
    /// Checks the signature as a company's receiver would, without the product's own helper:
    /// HMAC-SHA256 with the secret over "timestamp.body", sent as "v1=" and lower-case hex.
    /// </summary>
    private bool SignatureMatches(string timestamp, byte[] body, string received)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var signed = System.Text.Encoding.ASCII.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Secret), signed));
        return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(received));
    }
}
