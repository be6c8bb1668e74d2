using System.Net;
using Idocs.Common.Results;

namespace Idocs.Documents.Integrations.Webhooks;

/// <summary>
/// Checks a webhook URL when it is registered. Addresses are checked again when a delivery connects,
/// because a host name may resolve differently later.
/// </summary>
public static class WebhookUrlRules
{
    public const int MaxUrlLength = 2000;

    private static readonly string[] BlockedHostNames = ["localhost", "metadata.google.internal", "metadata"];

    /// <param name="url">The URL the Admin entered.</param>
    /// <param name="allowLoopback">True only in Development and tests: allows http and https to 127.0.0.1, ::1 and localhost.</param>
    public static Result<Uri> Validate(string? url, bool allowLoopback)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Invalid(url, $"Give an absolute https URL of at most {MaxUrlLength} characters.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return Invalid(url, "Remove the user name and password from the URL; deliveries are authenticated by their HMAC signature.");
        }

        var isLoopbackHost = uri.IsLoopback;
        if (isLoopbackHost && !allowLoopback)
        {
            return Invalid(url, "Loopback addresses are not allowed; give the public https address of your receiver.");
        }

        var schemeAllowed = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && isLoopbackHost && allowLoopback);
        if (!schemeAllowed)
        {
            return Invalid(url, "Use https; plain http is allowed only to a loopback receiver in development.");
        }

        if (!isLoopbackHost && BlockedHostNames.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return Invalid(url, $"Host {uri.IdnHost} is not allowed; give the public address of your receiver.");
        }

        if (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && !WebhookAddressPolicy.IsAllowed(address, allowLoopback))
        {
            return Invalid(url, $"Address {address} is private, link-local or reserved; give the public address of your receiver.");
        }

        return uri;
    }

    private static Error Invalid(string? url, string fix) =>
        new(WebhookErrorCodes.InvalidUrl, $"Webhook URL '{url}' is not allowed. {fix}");
}
