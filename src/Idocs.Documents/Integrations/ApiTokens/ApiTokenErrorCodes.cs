namespace Idocs.Documents.Integrations.ApiTokens;

public static class ApiTokenErrorCodes
{
    /// <summary>The Authorization header holds no token of ours, or no stored token has its hash.</summary>
    public const string Unknown = "api_tokens.unknown";

    public const string Expired = "api_tokens.expired";

    public const string Revoked = "api_tokens.revoked";

    /// <summary>The token lacks the scope the endpoint requires; the message names the scope.</summary>
    public const string ScopeMissing = "api_tokens.scope_missing";

    public const string InvalidName = "api_tokens.invalid_name";

    /// <summary>A requested scope is not one of <see cref="ApiScopes.All"/>, or none was requested.</summary>
    public const string InvalidScopes = "api_tokens.invalid_scopes";

    /// <summary>The expiry is in the past or further away than <see cref="ApiTokenSecret.MaxLifetime"/>.</summary>
    public const string InvalidExpiry = "api_tokens.invalid_expiry";

    public const string NotFound = "api_tokens.not_found";
}
