namespace Idocs.Web.Api.Accounts;

/// <summary>An invitation by IIN and email; role defaults to employee, rights to none.</summary>
public sealed record InvitationBody(string? Iin, string? Email, string? FullName, string? Role, IReadOnlyList<string>? Rights);
