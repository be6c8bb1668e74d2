using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Idocs.Web.Api.Problems;
using Idocs.Web.Api.Tokens;

namespace Idocs.Web.Gateway;

/// <summary>
/// The gateway's limiter: one fixed window per client address and, for requests with a bearer
/// token, one per token. The address is the connection's, or the forwarded one when the connection
/// comes from a trusted proxy (the forwarded-headers middleware runs first). Health probes are not limited.
/// </summary>
public static class ClientRateLimiter
{
    public static PartitionedRateLimiter<HttpContext> Create(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsExempt(context)
                ? RateLimitPartition.GetNoLimiter("exempt")
                : RateLimitPartition.GetFixedWindowLimiter(
                    "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => WindowOptions(options.PerAddress)));

        var perToken = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            TokenKey(context) is { } key && !IsExempt(context)
                ? RateLimitPartition.GetFixedWindowLimiter("token:" + key, _ => WindowOptions(options.PerToken))
                : RateLimitPartition.GetNoLimiter("no-token"));

        return PartitionedRateLimiter.CreateChained(perAddress, perToken);
    }

    /// <summary>Answers a rejected request with 429, a Retry-After in whole seconds and a problem body.</summary>
    public static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiResults.Problem(
                StatusCodes.Status429TooManyRequests,
                GatewayErrorCodes.RateLimited,
                $"Too many requests from this client; retry after {seconds} s.")
            .ExecuteAsync(context.HttpContext);
    }

    private static FixedWindowRateLimiterOptions WindowOptions(RateLimitRule rule) => new()
    {
        PermitLimit = rule.PermitLimit,
        Window = rule.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static bool IsExempt(HttpContext context) => context.Request.Path.StartsWithSegments("/health");

    /// <summary>A hash of the bearer token, so the limiter's keys hold no secret.</summary>
    private static string? TokenKey(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(ApiTokenAuthenticationHandler.BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(header[ApiTokenAuthenticationHandler.BearerPrefix.Length..].Trim())));
    }
}
