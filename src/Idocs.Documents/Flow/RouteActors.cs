using System.Globalization;
using Idocs.Documents.Signing;
using Idocs.Workflows.Runtime;

namespace Idocs.Documents.Flow;

/// <summary>Turns an employee into the engine's actor: the employee id, route roles and rights by their route names.</summary>
public static class RouteActors
{
    public const string SignOutgoingRight = "sign-outgoing";

    public const string SignIncomingRight = "sign-incoming";

    public const string InternalDocumentsRight = "internal-documents";

    public static Actor For(EmployeeSigningFacts employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        var rights = employee.Rights.Select(right => right switch
        {
            SigningRight.SignOutgoing => SignOutgoingRight,
            SigningRight.SignIncoming => SignIncomingRight,
            SigningRight.InternalDocuments => InternalDocumentsRight,
            _ => right.ToString(),
        });
        return Actor.User(employee.EmployeeId.ToString("D", CultureInfo.InvariantCulture), employee.RouteRoles, rights);
    }
}
