using Idocs.Common.Results;

namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>Revokes a company's token; the next call made with it gets 401.</summary>
public sealed class RevokeApiToken(IApiTokenStore store, TimeProvider clock)
{
    public async Task<Result> ExecuteAsync(Guid profileId, Guid adminPersonId, Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await store.FindAsync(profileId, tokenId, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return Result.Failure(ApiTokenErrorCodes.NotFound, $"API token {tokenId} was not found in this company; list the tokens to get a valid id.");
        }

        token.Revoke(adminPersonId, clock.GetUtcNow());
        await store.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Result.Success();
    }
}
