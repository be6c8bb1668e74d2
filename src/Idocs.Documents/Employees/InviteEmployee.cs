using Idocs.Common.Ids;
using Idocs.Common.Results;
using Idocs.Documents.Audit;
using Idocs.Documents.Events;
using Idocs.Documents.Profiles;
using Idocs.Documents.Rights;
using Microsoft.Extensions.Logging;

namespace Idocs.Documents.Employees;

/// <summary>
/// Invites a person to the current profile by IIN and email. They join by logging in with a
/// certificate that bears the IIN. Open to those with the employee management right.
/// </summary>
public sealed partial class InviteEmployee(
    ProfileAuthorizer authorizer,
    IProfileStore profiles,
    IEmployeeStore employees,
    AuditRecorder audit,
    IAccountEventOutbox outbox,
    TimeProvider clock,
    ILogger<InviteEmployee> logger)
{
    public const int MaxNameLength = 300;

    public async Task<Result<Employee>> RunAsync(Guid actorPersonId, InvitationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var actor = await authorizer.RequireRightAsync(actorPersonId, ProfileRights.ManageEmployees, cancellationToken).ConfigureAwait(false);
        if (!actor.IsSuccess)
        {
            return actor.Error;
        }

        var profile = await profiles.FindAsync(actor.Value.ProfileId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The current profile {actor.Value.ProfileId} does not exist.");
        if (profile.Kind == ProfileKind.Individual)
        {
            return new Error(AccountsErrorCodes.ProfileHasNoEmployees, "An individual's profile has no employees; register a company or sole proprietor profile to work with employees.");
        }

        var iin = IdentificationNumber.Parse(request.Iin, "IIN");
        if (!iin.IsSuccess)
        {
            return iin.Error;
        }

        var email = EmailAddress.Parse(request.Email);
        if (!email.IsSuccess)
        {
            return email.Error;
        }

        if (string.IsNullOrWhiteSpace(request.FullName) || request.FullName.Length > MaxNameLength)
        {
            return new Error(CommonErrorCodes.InvalidInput, $"The employee's name is empty or longer than {MaxNameLength} characters; enter the name as in their certificate.");
        }

        var assignable = EmployeeAccessRules.CheckAssignable(actor.Value, request.Role, request.GrantedRights);
        if (!assignable.IsSuccess)
        {
            return assignable.Error;
        }

        var now = clock.GetUtcNow();
        var employee = Employee.Invite(profile.Id, iin.Value, request.FullName.Trim(), email.Value, request.Role, request.GrantedRights, now, clock);
        if (!await employees.TryAddAsync(employee, cancellationToken).ConfigureAwait(false))
        {
            return new Error(
                AccountsErrorCodes.EmployeeAlreadyInvited,
                $"The profile already has an employee with IIN {iin.Value}; find them in the employee list and change their rights or unblock them.");
        }

        await audit.RecordAsync(AuditEventType.EmployeeInvited, AuditActor.ForEmployee(actor.Value), employee.Id, EmployeeAuditPayload.Of(employee), cancellationToken).ConfigureAwait(false);
        await outbox.EnqueueAsync(
            new EmployeeInvited(IdGenerator.NewId(clock), now, profile.Id, profile.Name, employee.Id, email.Value, employee.FullName),
            cancellationToken).ConfigureAwait(false);
        LogInvited(logger, employee.Id, profile.Id);
        return employee;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invited employee {EmployeeId} to profile {ProfileId}")]
    private static partial void LogInvited(ILogger logger, Guid employeeId, Guid profileId);
}
