using System.Security.Claims;
using Idocs.Web.Security;

namespace Idocs.Web.Cabinet;

/// <summary>The signed-in person and the profile they work in, read from the session's claims.</summary>
public sealed record CabinetUser(Guid PersonId, Guid ProfileId)
{
    /// <summary>The person's employee record in the profile, which document actions act as; null when the session has none.</summary>
    public Guid? EmployeeId { get; init; }

    /// <summary>Returns the user, or null when the principal has no person or no chosen profile.</summary>
    public static CabinetUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);

        return Guid.TryParse(principal.FindFirstValue(IdocsClaimTypes.PersonId), out var personId)
            && Guid.TryParse(principal.FindFirstValue(IdocsClaimTypes.ProfileId), out var profileId)
                ? new CabinetUser(personId, profileId) { EmployeeId = principal.EmployeeId() }
                : null;
    }
}
