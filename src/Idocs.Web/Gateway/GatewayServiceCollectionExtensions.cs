using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Idocs.Web.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gateway role from the <c>Gateway</c> section: forwarded headers believed only
    /// from the configured proxies, rate limits per client address and per token, and request body
    /// limits derived from the upload limit.
    /// </summary>
    public static IServiceCollection AddIdocsGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var options = new GatewayOptions();
        configuration.GetSection(GatewayOptions.SectionName).Bind(options);
        Validate(options);
        services.AddSingleton(options);

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The defaults trust loopback; only the configured proxies are trusted here. The obsolete
            // KnownNetworks list is still checked by the middleware in ASP.NET Core 10, so it is cleared too.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005, CS0618
            forwarded.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005, CS0618
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in options.TrustedNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = ClientRateLimiter.OnRejectedAsync;
            if (options.RateLimitingEnabled)
            {
                limiter.GlobalLimiter = ClientRateLimiter.Create(options);
            }
        });

        var maxBodyBytes = RequestBodyLimits.MaxRequestBodyBytes(configuration);
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maxBodyBytes);
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxBodyBytes);
        return services;
    }

    /// <summary>Adds the gateway's middleware; call it first, so the limits apply before any work.</summary>
    public static WebApplication UseIdocsGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // With both lists empty the middleware would believe every sender, so without a configured
        // proxy it is not added at all and the connection's address is the client's.
        var options = app.Services.GetRequiredService<GatewayOptions>();
        if (options.TrustedProxies.Count > 0 || options.TrustedNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimitMiddleware>(RequestBodyLimits.MaxRequestBodyBytes(app.Configuration));
        return app;
    }

    private static void Validate(GatewayOptions options)
    {
        foreach (var (name, rule) in new[] { ("PerAddress", options.PerAddress), ("PerToken", options.PerToken) })
        {
            if (rule.PermitLimit < 1 || rule.Window <= TimeSpan.Zero)
            {
                throw new InvalidOperationException(
                    $"Gateway:{name} needs PermitLimit of at least 1 and a positive Window, for example PermitLimit 600 and Window 00:01:00.");
            }
        }

        foreach (var proxy in options.TrustedProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                throw new InvalidOperationException($"Gateway:TrustedProxies value '{proxy}' is not an IP address; give addresses such as 10.0.0.5.");
            }
        }

        foreach (var network in options.TrustedNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                throw new InvalidOperationException($"Gateway:TrustedNetworks value '{network}' is not a CIDR network; give networks such as 10.0.0.0/8.");
            }
        }
    }
}
