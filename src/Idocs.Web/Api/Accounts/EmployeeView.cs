namespace Idocs.Web.Api.Accounts;

/// <summary>An employee of the current profile.</summary>
public sealed record EmployeeView(Guid EmployeeId, string Iin, string FullName, string? Email, string Role, string Status, IReadOnlyList<string> GrantedRights, IReadOnlyList<string> EffectiveRights, DateTimeOffset InvitedAt, DateTimeOffset? JoinedAt, DateTimeOffset? BlockedAt);
