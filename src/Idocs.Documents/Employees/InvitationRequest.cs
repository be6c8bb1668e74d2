using Idocs.Documents.Rights;

namespace Idocs.Documents.Employees;

/// <summary>An invitation: the person's IIN, email and name, and the role and rights they get.</summary>
public sealed record InvitationRequest(string Iin, string Email, string FullName, ProfileRole Role, ProfileRights GrantedRights);
