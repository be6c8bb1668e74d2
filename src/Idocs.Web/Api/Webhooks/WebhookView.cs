using Idocs.Documents.Integrations.Webhooks;

namespace Idocs.Web.Api.Webhooks;

/// <summary>A registered webhook. <see cref="Secret"/> is filled only in the response to registration.</summary>
public sealed record WebhookView(Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, string? Secret)
{
    public static WebhookView From(WebhookSubscription subscription, bool withSecret)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new(subscription.Id, subscription.Url, subscription.EventList, subscription.CreatedAt, withSecret ? subscription.Secret : null);
    }
}
