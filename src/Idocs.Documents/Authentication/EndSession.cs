using Idocs.Common.Results;
using Idocs.Documents.Authentication.Sessions;

namespace Idocs.Documents.Authentication;

/// <summary>Logs out: revokes the session so its token no longer validates.</summary>
public sealed class EndSession(SessionValidator validator, ISessionStore sessions, TimeProvider clock)
{
    public async Task<Result> RunAsync(string? sessionToken, CancellationToken cancellationToken)
    {
        var found = await validator.FindActiveAsync(sessionToken, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        found.Value.Revoke(SessionRevocationReason.Logout, clock.GetUtcNow());
        return await sessions.TrySaveAsync(found.Value, cancellationToken).ConfigureAwait(false)
            ? Result.Success()
            : Result.Failure(CommonErrorCodes.ConcurrencyConflict, "The session changed while logging out; log out again.");
    }
}
