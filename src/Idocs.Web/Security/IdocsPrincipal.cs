using System.Security.Claims;

namespace Idocs.Web.Security;

/// <summary>Reads the ids the authentication handlers put on the principal.</summary>
public static class IdocsPrincipal
{
    /// <summary>Returns the logged-in person; the session scheme always sets it.</summary>
    public static Guid PersonId(this ClaimsPrincipal principal) =>
        FindGuid(principal, IdocsClaimTypes.PersonId)
        ?? throw new InvalidOperationException("The principal has no person claim; the endpoint must require the session scheme.");

    public static Guid? ProfileId(this ClaimsPrincipal principal) => FindGuid(principal, IdocsClaimTypes.ProfileId);

    public static Guid? EmployeeId(this ClaimsPrincipal principal) => FindGuid(principal, IdocsClaimTypes.EmployeeId);

    private static Guid? FindGuid(ClaimsPrincipal principal, string type)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var value = principal.FindFirst(type)?.Value;
        return Guid.TryParse(value, out var id) ? id : null;
    }
}
