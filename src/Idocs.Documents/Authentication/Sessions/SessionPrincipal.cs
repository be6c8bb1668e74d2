using Idocs.Documents.Rights;

namespace Idocs.Documents.Authentication.Sessions;

/// <summary>Who a validated session acts as. The web layer sets the tenant context from <see cref="ProfileId"/>.</summary>
/// <param name="SessionId">The session's id, for logs.</param>
/// <param name="PersonId">The logged-in person.</param>
/// <param name="ProfileId">The selected profile, or null before the person chose one.</param>
/// <param name="EmployeeId">The person's employee row in the selected profile.</param>
/// <param name="Role">The person's role in the selected profile.</param>
public sealed record SessionPrincipal(Guid SessionId, Guid PersonId, Guid? ProfileId, Guid? EmployeeId, ProfileRole? Role);
