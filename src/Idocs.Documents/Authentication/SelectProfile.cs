using Idocs.Common.Results;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Employees;

namespace Idocs.Documents.Authentication;

/// <summary>Switches the session to a profile the person is an active member of.</summary>
public sealed class SelectProfile(SessionValidator validator, ISessionStore sessions, IEmployeeStore employees)
{
    public async Task<Result<SessionPrincipal>> RunAsync(string? sessionToken, Guid profileId, CancellationToken cancellationToken)
    {
        var found = await validator.FindActiveAsync(sessionToken, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var session = found.Value;
        var employee = await employees
            .FindForPersonAcrossProfilesAsync(session.PersonId, profileId, cancellationToken)
            .ConfigureAwait(false);
        if (employee is not { Status: EmployeeStatus.Active })
        {
            return new Error(
                AccountsErrorCodes.ProfileNotAvailable,
                $"You are not an active member of profile {profileId}; choose one of your profiles or ask its Director or an Admin to invite you.");
        }

        session.SelectProfile(profileId, employee.Id);
        if (!await sessions.TrySaveAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return new Error(CommonErrorCodes.ConcurrencyConflict, "The session changed in another tab; choose the profile again.");
        }

        return new SessionPrincipal(session.Id, session.PersonId, profileId, employee.Id, employee.Role);
    }
}
