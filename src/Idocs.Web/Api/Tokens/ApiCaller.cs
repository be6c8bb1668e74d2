using System.Security.Claims;
using Idocs.Web.Security;

namespace Idocs.Web.Api.Tokens;

/// <summary>The authenticated caller of an API endpoint: an API token or a person in a profile.</summary>
public sealed record ApiCaller(Guid ProfileId, Guid? TokenId, Guid? PersonId)
{
    /// <summary>Reads the caller from the principal; returns null when it names no profile.</summary>
    public static ApiCaller? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);

        if (ReadGuid(user, IdocsClaimTypes.ProfileId) is not { } profileId)
        {
            return null;
        }

        return new ApiCaller(profileId, ReadGuid(user, IdocsClaimTypes.ApiTokenId), ReadGuid(user, IdocsClaimTypes.PersonId));
    }

    /// <summary>The key that scopes idempotency records: one token, or one person in one profile.</summary>
    public string IdempotencyKey => TokenId is { } tokenId ? $"token:{tokenId:D}" : $"person:{PersonId:D}:{ProfileId:D}";

    private static Guid? ReadGuid(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var value) ? value : null;
}
