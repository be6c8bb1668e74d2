using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Authentication.Certificates;
using Idocs.Documents.Authentication.Challenges;
using Idocs.Documents.Authentication.Sessions;
using Idocs.Documents.Employees;
using Idocs.Documents.People;
using Idocs.Documents.Tenancy;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Authentication;

/// <summary>
/// Logs a person in by a signed login challenge. Invitations for the certificate's IIN become active
/// memberships here, which is how an invited employee joins. The person then chooses a profile,
/// unless they have exactly one.
/// </summary>
public sealed partial class Login(
    VerifyChallengeResponse verifyChallenge,
    RecordPersonLogin recordPersonLogin,
    IEmployeeStore employees,
    ListMyProfiles listProfiles,
    OpenSession openSession,
    AuditRecorder audit,
    ITenantContext tenant,
    TimeProvider clock,
    ILogger<Login> logger)
{
    public async Task<Result<LoginOutcome>> RunAsync(ChallengeResponse response, CancellationToken cancellationToken)
    {
        var verified = await verifyChallenge.RunAsync(response, ChallengePurpose.Login, cancellationToken).ConfigureAwait(false);
        if (!verified.IsSuccess)
        {
            return verified.Error;
        }

        var signer = verified.Value;
        var rows = await employees.ListByIinAcrossProfilesAsync(signer.Iin, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return new Error(
                AccountsErrorCodes.NoProfileForPerson,
                $"No profile has a member with IIN {signer.Iin}. Register a profile, or ask your company's Director or an Admin to invite you by this IIN.");
        }

        var now = clock.GetUtcNow();
        var person = await recordPersonLogin.RunAsync(signer, cancellationToken).ConfigureAwait(false);
        foreach (var invitation in rows.Where(row => row.Status == EmployeeStatus.Invited))
        {
            await JoinAsync(invitation, person, now, cancellationToken).ConfigureAwait(false);
        }

        var choices = await listProfiles.ListAsync(person.Id, cancellationToken).ConfigureAwait(false);
        if (choices.Count == 0)
        {
            return new Error(
                AccountsErrorCodes.NoActiveMembership,
                "Your access to every profile you belong to is blocked; ask the profile's Director or an Admin to unblock you.");
        }

        (Guid, Guid)? selected = null;
        if (choices.Count == 1)
        {
            var only = await employees
                .FindForPersonAcrossProfilesAsync(person.Id, choices[0].ProfileId, cancellationToken)
                .ConfigureAwait(false);
            selected = (choices[0].ProfileId, only!.Id);
        }

        var session = await openSession.RunAsync(person.Id, response.Origin, selected, cancellationToken).ConfigureAwait(false);
        LogLoggedIn(logger, person.Id, session.Session.Id, choices.Count);
        return new LoginOutcome(session, person.Id, choices);
    }

    private async Task JoinAsync(Employee invitation, Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var scope = tenant.EnterProfile(invitation.ProfileId);
        var joined = invitation.Join(person.Id, person.FullName, now);
        if (!joined.IsSuccess || !await employees.TrySaveAsync(invitation, cancellationToken).ConfigureAwait(false))
        {
            // A concurrent login or a block changed the invitation; it stays as the other writer left it.
            LogJoinSkipped(logger, invitation.Id);
            return;
        }

        await audit.RecordAsync(
            AuditEventType.EmployeeJoined,
            AuditActor.ForEmployee(invitation),
            invitation.Id,
            EmployeeAuditPayload.Of(invitation),
            cancellationToken).ConfigureAwait(false);
        LogJoined(logger, invitation.Id, invitation.ProfileId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} logged in with session {SessionId} and {ProfileCount} profiles")]
    private static partial void LogLoggedIn(ILogger logger, Guid personId, Guid sessionId, int profileCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Employee {EmployeeId} joined profile {ProfileId}")]
    private static partial void LogJoined(ILogger logger, Guid employeeId, Guid profileId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Employee {EmployeeId} did not join: the invitation changed concurrently")]
    private static partial void LogJoinSkipped(ILogger logger, Guid employeeId);
}
