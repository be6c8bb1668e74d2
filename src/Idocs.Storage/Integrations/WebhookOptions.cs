namespace Idocs.Storage.Integrations;

/// <summary>Webhook delivery settings, bound from the <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>
    /// Allows webhooks to loopback addresses, over http too. Meant for Development and tests only:
    /// in production a receiver on the server itself would let a company call internal services.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>How long one delivery may take, connection included, before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
