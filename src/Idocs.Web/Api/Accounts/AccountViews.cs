using Idocs.Documents.Audit;
using Idocs.Documents.Authentication;
using Idocs.Documents.DirectorChange;
using Idocs.Documents.Employees;
using Idocs.Documents.Profiles;

namespace Idocs.Web.Api.Accounts;

/// <summary>Maps accounts domain objects to their API views.</summary>
internal static class AccountViews
{
    public static ProfileChoiceView Of(ProfileChoice choice) =>
        new(choice.ProfileId, choice.Name, ApiNames.Of(choice.Kind), ApiNames.Of(choice.Role));

    public static ProfileView Of(Profile profile) =>
        new(profile.Id, profile.Name, ApiNames.Of(profile.Kind), profile.IdentificationNumber, profile.Email);

    public static EmployeeView Of(Employee employee) =>
        new(
            employee.Id,
            employee.Iin,
            employee.FullName,
            employee.Email,
            ApiNames.Of(employee.Role),
            ApiNames.Of(employee.Status),
            ApiNames.OfRights(employee.GrantedRights),
            ApiNames.OfRights(employee.EffectiveRights),
            employee.InvitedAt,
            employee.JoinedAt,
            employee.BlockedAt);

    public static DirectorChangeView Of(DirectorChangeRequest request) =>
        new(
            request.Id,
            request.ProfileId,
            ApiNames.Of(request.Status),
            request.FutureDirectorIin,
            request.FutureDirectorFullName,
            request.FutureDirectorEmail,
            request.OrderNumber,
            request.OrderDate,
            request.OrderFile.FileName,
            request.OrderFile.SizeBytes,
            request.FiledAt,
            request.FiledBy.Name,
            request.ReviewedAt,
            request.ReviewComment);

    public static AuditEventView Of(AuditEvent auditEvent) =>
        new(
            auditEvent.Id,
            ApiNames.Of(auditEvent.Type),
            (int)auditEvent.Type,
            auditEvent.OccurredAt,
            new AuditActorView(
                ApiNames.Of(auditEvent.Actor.Kind),
                auditEvent.Actor.Id,
                auditEvent.Actor.Name,
                auditEvent.Actor.Iin,
                auditEvent.Actor.IpAddress,
                auditEvent.Actor.UserAgent),
            auditEvent.SubjectId,
            auditEvent.Payload);
}
