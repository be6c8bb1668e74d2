namespace Idocs.Web.Gateway;

/// <summary>
/// Settings of the gateway role, bound from the <c>Gateway</c> section. The default limits are
/// product choices for a single company's integration, not measured capacities.
/// </summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Turns request rate limiting off, for example behind a gateway that limits already.</summary>
    public bool RateLimitingEnabled { get; set; } = true;

    /// <summary>Requests one client address may make.</summary>
    public RateLimitRule PerAddress { get; set; } = new() { PermitLimit = 600 };

    /// <summary>Requests one API token may make, from any number of addresses.</summary>
    public RateLimitRule PerToken { get; set; } = new() { PermitLimit = 1200 };

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> is believed. From any other sender
    /// the header is ignored, so a client cannot choose its own address for the limits.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, for example <c>10.0.0.0/8</c>.</summary>
    public IList<string> TrustedNetworks { get; } = [];
}
