using Idocs.Common.Results;

namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>Finds the token whose secret a caller presented and checks that it is still in force.</summary>
public sealed class AuthenticateApiToken(IApiTokenStore store, TimeProvider clock)
{
    public async Task<Result<ApiToken>> ExecuteAsync(string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);

        if (!ApiTokenSecret.HasSecretShape(secret))
        {
            return new Error(ApiTokenErrorCodes.Unknown, "The bearer token is not an Idocs API token; ask the company's Admin to issue one.");
        }

        var token = await store.FindByHashAsync(ApiTokenSecret.Hash(secret), cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return new Error(ApiTokenErrorCodes.Unknown, "The API token is not known; ask the company's Admin to issue one.");
        }

        var now = clock.GetUtcNow();
        if (token.IsRevoked)
        {
            return new Error(ApiTokenErrorCodes.Revoked, $"API token {token.Id} was revoked; ask the company's Admin for a new one.");
        }

        if (token.IsExpiredAt(now))
        {
            return new Error(ApiTokenErrorCodes.Expired, $"API token {token.Id} expired at {token.ExpiresAt:O}; ask the company's Admin for a new one.");
        }

        if (token.RecordUse(now))
        {
            await store.RecordUseAsync(token.Id, now, cancellationToken).ConfigureAwait(false);
        }

        return token;
    }
}
