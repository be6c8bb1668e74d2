namespace Idocs.Documents.Integrations.Webhooks;

public static class WebhookErrorCodes
{
    /// <summary>The URL is not absolute https, or names a private, link-local or metadata address.</summary>
    public const string InvalidUrl = "webhooks.invalid_url";

    /// <summary>No event type was given, or one is not in <see cref="WebhookEvents.All"/>.</summary>
    public const string InvalidEvents = "webhooks.invalid_events";

    public const string NotFound = "webhooks.not_found";

    /// <summary>The receiver answered with a status outside 2xx, timed out or could not be reached.</summary>
    public const string DeliveryFailed = "webhooks.delivery_failed";

    /// <summary>The host resolved only to addresses that webhooks may not call.</summary>
    public const string AddressNotAllowed = "webhooks.address_not_allowed";
}
