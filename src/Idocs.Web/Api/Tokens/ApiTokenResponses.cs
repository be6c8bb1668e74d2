using Idocs.Documents.Integrations.ApiTokens;

namespace Idocs.Web.Api.Tokens;

/// <summary>A token as listed to the Admin: never the secret or its hash.</summary>
public sealed record ApiTokenView(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static ApiTokenView From(ApiToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new(token.Id, token.Name, token.Prefix, token.ScopeList, token.IssuedAt, token.ExpiresAt, token.RevokedAt, token.LastUsedAt);
    }
}
