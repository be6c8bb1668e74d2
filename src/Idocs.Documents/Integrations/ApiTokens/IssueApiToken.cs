using Idocs.Common.Ids;
using Idocs.Common.Results;

namespace Idocs.Documents.Integrations.ApiTokens;

/// <summary>
/// Issues a token for a company. The caller has already checked that the person is an Admin or the
/// Director of <c>profileId</c>.
/// </summary>
public sealed class IssueApiToken(IApiTokenStore store, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    public async Task<Result<IssuedApiToken>> ExecuteAsync(Guid profileId, Guid adminPersonId, ApiTokenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var now = clock.GetUtcNow();
        var invalid = Validate(request, now);
        if (invalid is not null)
        {
            return invalid;
        }

        var secret = ApiTokenSecret.Create();
        var token = new ApiToken(
            IdGenerator.NewId(clock),
            profileId,
            request.Name.Trim(),
            ApiTokenSecret.Hash(secret),
            secret[..ApiTokenSecret.DisplayedPrefixLength],
            request.Scopes.Distinct(StringComparer.Ordinal).ToList(),
            adminPersonId,
            now,
            request.ExpiresAt);
        store.Add(token);
        await store.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new IssuedApiToken(token, secret);
    }

    private static Error? Validate(ApiTokenRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            return new Error(ApiTokenErrorCodes.InvalidName, $"Token name must be 1 to {MaxNameLength} characters; name the system that will use it, for example \"1C main office\".");
        }

        if (request.Scopes is null || request.Scopes.Count == 0)
        {
            return new Error(ApiTokenErrorCodes.InvalidScopes, $"Request at least one scope: {string.Join(", ", ApiScopes.All)}.");
        }

        var unknown = request.Scopes.Where(scope => !ApiScopes.IsKnown(scope)).ToList();
        if (unknown.Count > 0)
        {
            return new Error(ApiTokenErrorCodes.InvalidScopes, $"Unknown scope(s) {string.Join(", ", unknown)}; the known scopes are {string.Join(", ", ApiScopes.All)}.");
        }

        if (request.ExpiresAt <= now || request.ExpiresAt > now + ApiTokenSecret.MaxLifetime)
        {
            return new Error(ApiTokenErrorCodes.InvalidExpiry, $"Expiry {request.ExpiresAt:O} must be in the future and at most {ApiTokenSecret.MaxLifetime.TotalDays:0} days away.");
        }

        return null;
    }
}
