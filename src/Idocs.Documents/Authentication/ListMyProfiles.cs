using Idocs.Common.Results;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;

namespace Idocs.Documents.Authentication;

/// <summary>Lists the profiles a person is an active member of, for the profile choice after login.</summary>
public sealed class ListMyProfiles(IEmployeeStore employees, IProfileStore profiles, SessionValidator sessions)
{
    public async Task<Result<IReadOnlyList<ProfileChoice>>> RunAsync(string? sessionToken, CancellationToken cancellationToken)
    {
        var session = await sessions.FindActiveAsync(sessionToken, cancellationToken).ConfigureAwait(false);
        if (!session.IsSuccess)
        {
            return session.Error;
        }

        return Result<IReadOnlyList<ProfileChoice>>.Success(
            await ListAsync(session.Value.PersonId, cancellationToken).ConfigureAwait(false));
    }

    internal async Task<IReadOnlyList<ProfileChoice>> ListAsync(Guid personId, CancellationToken cancellationToken)
    {
        var rows = await employees.ListForPersonAcrossProfilesAsync(personId, cancellationToken).ConfigureAwait(false);
        var choices = new List<ProfileChoice>();
        foreach (var row in rows.Where(row => row.Status == EmployeeStatus.Active))
        {
            var profile = await profiles.FindAsync(row.ProfileId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The employee {row.Id} belongs to a missing profile {row.ProfileId}.");
            choices.Add(new ProfileChoice(profile.Id, profile.Name, profile.Kind, profile.IdentificationNumber, row.Role));
        }

        return choices.OrderBy(choice => choice.Name, StringComparer.Ordinal).ToList();
    }
}
