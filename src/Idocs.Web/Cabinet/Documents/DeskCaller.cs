using System.Security.Claims;
using Idocs.Web.Security;

namespace Idocs.Web.Cabinet.Documents;

/// <summary>The signed-in user and the employee record they act as in the chosen profile.</summary>
public sealed record DeskCaller(CabinetUser User, Guid EmployeeId)
{
    /// <summary>Returns null when the principal has no person, profile or employee claim.</summary>
    public static DeskCaller? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var user = CabinetUser.From(principal);
        return user is not null && principal.EmployeeId() is { } employeeId ? new DeskCaller(user, employeeId) : null;
    }
}
