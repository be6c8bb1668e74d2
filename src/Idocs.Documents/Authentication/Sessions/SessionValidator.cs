using Idocs.Common.Results;
using Idocs.Documents.Employees;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Authentication.Sessions;

/// <summary>
/// Validates a session token on every request: the session exists, is neither revoked nor expired,
/// and the person is still an active employee of the selected profile. A blocked employee's session
/// is revoked here too, in case blocking raced with the request.
/// </summary>
public sealed partial class SessionValidator(
    ISessionStore sessions,
    IEmployeeStore employees,
    TimeProvider clock,
    ILogger<SessionValidator> logger)
{
    public async Task<Result<SessionPrincipal>> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        var found = await FindActiveAsync(token, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var session = found.Value;
        if (session.ProfileId is not { } profileId)
        {
            return new SessionPrincipal(session.Id, session.PersonId, null, null, null);
        }

        var employee = await employees
            .FindForPersonAcrossProfilesAsync(session.PersonId, profileId, cancellationToken)
            .ConfigureAwait(false);
        if (employee is null || employee.Status != EmployeeStatus.Active)
        {
            session.Revoke(SessionRevocationReason.EmployeeBlocked, clock.GetUtcNow());

            // A lost race means another request already changed the session, which validates again next time.
            await sessions.TrySaveAsync(session, cancellationToken).ConfigureAwait(false);
            LogEndedForInactiveEmployee(logger, session.Id, profileId);
            return employee is null
                ? new Error(AccountsErrorCodes.NotActiveMember, "You are no longer a member of this profile; log in again and choose another profile.")
                : new Error(AccountsErrorCodes.EmployeeBlocked, "Your access to this profile was blocked; ask its Director or an Admin to unblock you.");
        }

        return new SessionPrincipal(session.Id, session.PersonId, profileId, employee.Id, employee.Role);
    }

    /// <summary>Returns the session if it exists and is neither revoked nor expired, ignoring the profile.</summary>
    internal async Task<Result<Session>> FindActiveAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SessionToken.IsWellFormed(token))
        {
            return new Error(AccountsErrorCodes.SessionNotFound, "The session token is missing or malformed; log in again.");
        }

        var session = await sessions.FindByTokenHashAsync(SessionToken.Hash(token!), cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return new Error(AccountsErrorCodes.SessionNotFound, "The session does not exist; log in again.");
        }

        if (session.RevokedAt is not null)
        {
            return new Error(AccountsErrorCodes.SessionRevoked, $"The session ended ({session.RevocationReason}); log in again.");
        }

        if (clock.GetUtcNow() >= session.ExpiresAt)
        {
            return new Error(AccountsErrorCodes.SessionExpired, $"The session expired at {session.ExpiresAt:O}; log in again.");
        }

        return session;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended session {SessionId}: the employee is no longer active in profile {ProfileId}")]
    private static partial void LogEndedForInactiveEmployee(ILogger logger, Guid sessionId, Guid profileId);
}
