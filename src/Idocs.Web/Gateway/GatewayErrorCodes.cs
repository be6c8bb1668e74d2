namespace Idocs.Web.Gateway;

public static class GatewayErrorCodes
{
    /// <summary>The client address or the token used up its requests for the window; Retry-After gives the seconds to wait.</summary>
    public const string RateLimited = "gateway.rate_limited";

    /// <summary>The request body is larger than the upload limit plus the form envelope.</summary>
    public const string RequestTooLarge = "gateway.request_too_large";
}
