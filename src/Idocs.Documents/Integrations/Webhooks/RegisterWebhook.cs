using System.Security.Cryptography;
using Idocs.Common.Ids;
using Idocs.Common.Results;

namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>Registers a company's webhook and creates its signing secret.</summary>
public sealed class RegisterWebhook(IWebhookStore store, TimeProvider clock)
{
    public async Task<Result<WebhookSubscription>> ExecuteAsync(Guid profileId, string? url, IReadOnlyList<string>? events, bool allowLoopback, CancellationToken cancellationToken)
    {
        var uri = WebhookUrlRules.Validate(url, allowLoopback);
        if (!uri.IsSuccess)
        {
            return uri.Error;
        }

        if (events is null || events.Count == 0 || events.Any(eventType => !WebhookEvents.IsKnown(eventType)))
        {
            return new Error(
                WebhookErrorCodes.InvalidEvents,
                $"Events [{string.Join(", ", events ?? [])}] are not valid; choose one or more of {string.Join(", ", WebhookEvents.All)}.");
        }

        var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var subscription = new WebhookSubscription(
            IdGenerator.NewId(clock), profileId, uri.Value.AbsoluteUri, events.Distinct(StringComparer.Ordinal).ToList(), secret, clock.GetUtcNow());
        store.Add(subscription);
        await store.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return subscription;
    }
}
